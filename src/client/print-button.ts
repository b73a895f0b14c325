/** <print-button>: opens the browser's print dialog. Hidden without JavaScript (Ctrl+P does the same). */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      print();
    });
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);

export {};
