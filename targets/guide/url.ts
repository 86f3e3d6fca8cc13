// Links from a .matter file (网办地址, 样表). The compiler already rejects anything but http(s), but
// a page must never carry a live `javascript:` or `data:` link whatever the model says, so every
// href is checked again here and normalised (spaces, quotes and brackets percent-encoded).

/** The URL normalised when it is an absolute http(s) URL, else undefined. */
export function httpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password) return undefined;
  // `URL` leaves ( ) ' unescaped; they end a Markdown link or an attribute in careless templates.
  return url.href.replace(/[()'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
