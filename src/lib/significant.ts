/** To 12 significant digits; an integer of fewer digits is so already (toPrecision is slow, and makes -0 0). */
export const toTwelveDigits = (x: number): number => (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12 ? x : Number(x.toPrecision(12)));
