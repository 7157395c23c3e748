/** Today's date as YYYY-MM-DD (UTC): what bans and exceptions are compared with. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
