/**
 * <archive-search-box> around the header's search form. The form works on its own (it opens the
 * search page); this tiny element loads the quick-results code the first time the box is used.
 */
class ArchiveSearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const load = () =>
      void import('./search-box.ts').then(({ enhance }) => {
        enhance(this);
      });
    input.addEventListener('focus', load, { once: true });
  }
}

customElements.define('archive-search-box', ArchiveSearchBox);
