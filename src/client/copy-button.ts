/**
 * Copies the citation of a <copy-button data-target="id"> host: the text of the element with that
 * id. Imported on the first click only, so a page that is only read loads none of this.
 */
export function copyCitation(host: HTMLElement): void {
  const status = host.querySelector('[role="status"]');
  const target = document.getElementById(host.getAttribute('data-target') ?? '');
  if (!status || !target) return;
  const text = target.textContent.trim();
  navigator.clipboard.writeText(text).then(
    () => {
      status.textContent = '已复制到剪贴板';
    },
    () => {
      // No clipboard (an insecure context, a refused permission): select the text for the reader.
      const range = document.createRange();
      range.selectNodeContents(target);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = '已选中引文，请按 Ctrl+C（或 ⌘C）复制';
    },
  );
}
