/**
 * <copy-button data-target="id">: copies the text of the element with that id. Without
 * JavaScript the button stays hidden and the text stays selectable, so nothing is lost.
 */
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.getAttribute('data-target') ?? '');
    if (!button || !status || !target) return;
    button.hidden = false;
    button.addEventListener('click', () => {
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
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);

export {};
