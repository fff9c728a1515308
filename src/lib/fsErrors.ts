/** A file-system error as a user reads it: what went wrong, without the call that failed or a temporary path. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'symbolic link loop';
    case 'ENOSPC': return 'no space left on the device';
    case undefined: return (error as Error).message;
    default: return `cannot be read or written (${code})`;
  }
}
