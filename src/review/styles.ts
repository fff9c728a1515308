/** CJK faces that ship with Windows, macOS and the common Linux desktops, before the generic fallback. */
const FONTS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", system-ui, sans-serif';

/** A colour per zone, spread around the hue circle by the golden angle so neighbours differ. */
export function zoneColours(count: number): string {
  const rules = Array.from({ length: count }, (_, i) => `.z${i}{--c:hsl(${Math.round((i * 137.508) % 360)} 62% 40%)}`);
  return rules.join('') + '.zn{--c:#777}';
}

export const styles = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 ${FONTS};color:#222;background:#fafafa}
button,select,input{font:inherit}
.top{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center;padding:.4em 1em;background:#fff;border-bottom:1px solid #ddd}
.tabs button[aria-selected=true]{font-weight:bold;border-bottom:3px solid #36c}
.keys{color:#666;font-size:13px}
main{padding:0 1em 4em}
.toc{display:flex;flex-wrap:wrap;gap:.3em 1em;margin:.8em 0}
.bulletin{content-visibility:auto;contain-intrinsic-size:auto 1500px;background:#fff;border:1px solid #ddd;margin:1em 0;padding:0 1em 1em}
.bulletin h2{font-size:16px;margin:.6em 0 .3em}
.zones{display:flex;flex-wrap:wrap;gap:.3em}
.zones button{border:1px solid #ccc;background:#fff;border-radius:3px;cursor:pointer;font-size:13px}
.text{white-space:pre-wrap;word-break:break-all;font:inherit;margin:.6em 0 0;max-width:60em}
.sw{display:inline-block;width:.8em;height:.8em;margin-right:.3em;background:var(--c);border-radius:2px}
mark.fig{color:inherit;border-radius:2px;cursor:pointer;padding:0 1px}
mark.actual{background:color-mix(in srgb,var(--c) 28%,#fff);box-shadow:inset 0 -2px var(--c)}
mark.target{background:none;outline:2px solid var(--c);outline-offset:-1px}
mark.q-ocr_repeat{opacity:.4}
mark.fixed{box-shadow:inset 0 -3px #d40}
mark.rejected{text-decoration:line-through 2px #c00;background:none;outline:1px dashed #c00}
mark.added{outline:2px dotted var(--c)}
mark.fig:focus{outline:3px solid #000;outline-offset:1px}
.art::before{content:"▸ " attr(data-zone);display:inline-block;margin:0 .4em .2em 0;padding:0 .4em;border-radius:3px;background:var(--c);color:#fff;font-size:12px;font-weight:bold;user-select:none}
.art[data-zone=""]::before{content:"▸ (no zone)"}
#tip{position:fixed;z-index:9;max-width:24em;padding:.4em .6em;background:#222;color:#fff;border-radius:4px;font-size:13px;pointer-events:none;white-space:pre-line}
#editor{position:fixed;z-index:8;right:1em;top:4em;width:21em;max-height:calc(100vh - 5em);overflow:auto;padding:.6em 1em;background:#fff;border:1px solid #999;box-shadow:0 2px 10px #0003}
#editor label{display:block;margin:.3em 0;font-size:13px}
#editor input:not([type=checkbox]),#editor select{display:block;width:100%}
#editor .quote{background:#f3f3f3;padding:.2em .4em}
#add-fig{position:fixed;z-index:9}
.scroll{overflow-x:auto}
table{border-collapse:collapse;background:#fff;font-size:13px}
th,td{border:1px solid #ddd;padding:.15em .5em;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
tbody td:first-child{white-space:nowrap}
thead th{min-width:6em;max-width:9em;font-weight:normal;background:#f3f3f3}
details{scroll-margin-top:5em}
details summary{font-weight:bold;margin:.8em 0 .3em;cursor:pointer}
.chart{background:#fff;border:1px solid #ddd;margin:.6em 0;padding:.4em}
.chart h4{margin:0 0 .2em;font-size:14px}
rect.bar{fill:var(--c)}
.target-panel rect.bar{fill:none;stroke:var(--c);stroke-width:2}
svg text{font:12px ${FONTS};fill:#222}
[hidden]{display:none!important}
`;
