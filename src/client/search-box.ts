/**
 * The header search box, once someone starts using it: the first results appear under the box as
 * links (the arrow key moves into them, Escape closes them), and Enter opens the full search page.
 * Loaded only on first focus (see search-box-loader.ts), so other pages carry almost nothing.
 */
import { search, warmUp } from './search-engine.ts';

export function enhance(box: HTMLElement): void {
  const form = box.querySelector('form');
  const input = box.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const panel = document.createElement('div');
  panel.className = 'quick-results';
  panel.id = 'quick-results';
  panel.hidden = true;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', '快速搜索结果');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'quick-status';
  const list = document.createElement('ul');
  panel.append(status, list);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);
  warmUp();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      return;
    }
    const outcome = await search(query, {}, 5);
    if (ticket !== latest) return;
    list.replaceChildren(
      ...outcome.hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        const type = document.createElement('span');
        type.textContent = hit.type;
        item.append(link, ' ', type);
        return item;
      }),
    );
    const all = `${form.action}?q=${encodeURIComponent(query)}`;
    status.innerHTML = '';
    status.append(
      outcome.total === 0
        ? `没有找到「${query}」。`
        : `找到${outcome.approximate ? '约' : ''} ${outcome.total} 条。`,
    );
    const more = document.createElement('a');
    more.href = all;
    more.textContent = '查看全部结果';
    status.append(' ', more);
    panel.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      list.querySelector('a')?.focus();
      event.preventDefault();
    }
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void run();
}
