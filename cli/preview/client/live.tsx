// The page's line to the server: Server-Sent Events from /events. `hello` on every (re)connect
// carries the current version, so a change made while the line was down is not missed.
/** `fresh`: the line was (re)opened, perhaps to a restarted server whose versions start again. */
type Listener = (version: number, fresh: boolean) => void;

function status(text: string, ok: boolean): void {
  const el = document.getElementById("live");
  if (!el) return;
  el.textContent = text;
  el.classList.toggle("down", !ok);
}

export function subscribe(onVersion: Listener): () => void {
  const source = new EventSource("/events");
  const version = (e: Event) => Number((e as MessageEvent<string>).data);
  source.addEventListener("hello", (e) => {
    status("实时预览 · 保存 .matter 文件后自动更新", true);
    onVersion(version(e), true);
  });
  source.addEventListener("change", (e) => onVersion(version(e), false));
  // EventSource reconnects by itself; say so, since the page may be out of date meanwhile.
  source.addEventListener("error", () => status("与预览服务器的连接已断开，正在重连…（matterc preview 是否还在运行？）", false));
  return () => source.close();
}
