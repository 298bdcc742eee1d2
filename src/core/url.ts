/** An absolute http(s) URL, as SARIF's helpUri needs (for --docs-base-url and docsBaseUrl). */
export function isHttpUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}
