/**
 * "Download my notes": a plain text file made in the browser, so a reader can bring
 * their notes to a session. No request is involved: the text becomes a Blob, the Blob a
 * `blob:` URL that only this page can read, and a temporary `<a download>` saves it.
 */

/**
 * The file's text: the title, then each prompt (as `prompt` writes it, "1. Are there
 * places…") with its note, or `empty` ("(no note)") under a prompt without one.
 */
export function notesFileText(title: string, prompts: readonly string[], notes: readonly string[], empty: string): string {
  return `${[title, ...prompts.map((prompt, i) => `${prompt}\n${notes[i]!.trim() ? notes[i] : empty}`)].join('\n\n')}\n`;
}

/**
 * How long the `blob:` URL stays readable after the click. Firefox (bug 1282407) and
 * Safari read it after `click()` returns, so revoking at once can lose the download.
 */
export const REVOKE_DELAY_MS = 1000;

/**
 * Saves `text` as a file named `filename`. The temporary link lives in `parent` (the
 * element's shadow root) so the host page's DOM is never touched. Returns a function
 * that revokes the URL at once (used when the element leaves the page first);
 * `onRevoked` runs once the URL is revoked, either way.
 */
export function downloadTextFile(text: string, filename: string, parent: Node, onRevoked?: () => void): () => void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  let revoked = false;
  const revoke = () => {
    if (revoked) return;
    revoked = true;
    clearTimeout(timer);
    URL.revokeObjectURL(url);
    onRevoked?.();
  };
  const timer = setTimeout(revoke, REVOKE_DELAY_MS);
  return revoke;
}
