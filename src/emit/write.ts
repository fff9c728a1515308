import { fileStream } from './stream.js';

/** Write a file whole or not at all (see fileStream). Errors name `path`. */
export async function writeWhole(path: string, content: string | Buffer): Promise<void> {
  const stream = fileStream(path);
  try {
    await stream.write(content);
    await stream.finish();
  } catch (error) {
    stream.abandon();
    throw error;
  }
}

/** Write to stdout; a closed pipe (`| head`) ends quietly. */
export function writeStdout(content: string | Buffer): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') resolve();
      else { process.stderr.write(`zone-extract: stdout: ${error.message}\n`); process.exitCode = 2; resolve(); }
    });
    process.stdout.write(content, () => resolve());
  });
}
