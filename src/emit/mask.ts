/** Identity and account numbers are personal data: keep four digits at each end, star the rest. */
export function maskIdentityNumbers(text: string): string {
  return text.replace(/\d{14,}[\dXx]?/g, (digits) => digits.slice(0, 4) + '*'.repeat(digits.length - 8) + digits.slice(-4));
}
