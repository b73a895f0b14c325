/**
 * <archive-search>: the search page. Enhances a plain GET form (which works without JavaScript by
 * reloading the page with ?q=) into search as you type, with filters and their counts, results
 * with highlighted excerpts, a shareable ?q= address and an announcement of the result count.
 */
import { suggestNames, type SuggestData } from '../lib/search/suggest.ts';
import {
  facetCounts,
  loadSuggestData,
  search,
  warmUp,
  type FacetCounts,
  type SearchOutcome,
} from './search-engine.ts';

const FILTER_ORDER = ['类型', '区县', '朝代', '类别'];
const PAGE_SIZE = 10;
/** Facet counts wait until the results have stood this long, so typing does not queue them up. */
const FACET_DELAY = 150;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

class ArchiveSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #filters!: HTMLElement;
  #suggestions!: HTMLElement;
  #more!: HTMLButtonElement;
  #selected: Record<string, string[]> = {};
  #limit = PAGE_SIZE;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #facetTimer: ReturnType<typeof setTimeout> | undefined;
  /** Each filter value with the element that shows its count. */
  #counts: { name: string; value: string; count: HTMLElement }[] = [];
  #latest = 0;
  #names: Promise<SuggestData> | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    this.#input = input;
    this.#status = this.querySelector('[data-status]') ?? element('p');
    this.#results = this.querySelector('ol[data-results]') ?? element('ol');
    this.#filters = this.querySelector('[data-filters]') ?? element('div');
    this.#suggestions = this.querySelector('[data-suggestions]') ?? element('div');
    this.#more = this.querySelector('button[data-more]') ?? element('button');
    this.querySelector('[data-live]')?.removeAttribute('hidden');

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of FILTER_ORDER) {
      const values = params.getAll(name);
      if (values.length > 0) this.#selected[name] = values;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run(), 250);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        this.#results.querySelector<HTMLAnchorElement>('a')?.focus();
        event.preventDefault();
      }
    });
    this.#more.addEventListener('click', () => {
      this.#limit += PAGE_SIZE;
      void this.#run(false);
    });
    warmUp();
    if (input.value.trim() || Object.keys(this.#selected).length > 0) void this.#run();
  }

  async #run(resetLimit = true) {
    const query = this.#input.value.trim();
    if (resetLimit) this.#limit = PAGE_SIZE;
    this.#updateAddress(query);
    const ticket = ++this.#latest;
    if (!query && Object.values(this.#selected).every((v) => v.length === 0)) {
      this.#results.replaceChildren();
      this.#filters.hidden = true;
      this.#suggestions.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '请输入要找的人物、地名、乡愁或文章。';
      return;
    }
    this.#status.textContent = '正在搜索……';
    this.setAttribute('aria-busy', 'true');
    try {
      const started = performance.now();
      const outcome = await search(query, this.#selected, this.#limit);
      if (ticket !== this.#latest) return; // a newer query is on its way
      this.dataset['milliseconds'] = String(Math.round(performance.now() - started));
      this.#render(outcome);
      this.#scheduleFacets(query, ticket);
    } catch (error) {
      this.#status.textContent = '搜索暂时不可用，请从栏目索引查找。';
      console.error(error);
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  #updateAddress(query: string) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, values] of Object.entries(this.#selected))
      for (const value of values) params.append(name, value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  #render(outcome: SearchOutcome) {
    const shown = outcome.hits.length;
    // What was sent to Pagefind and what it matched, for checking the search from outside.
    this.dataset['rewritten'] = outcome.rewritten;
    this.dataset['matched'] = String(outcome.matched);
    this.dataset['tier'] = outcome.tier;
    this.#status.textContent = statusText(outcome, shown);
    this.#results.replaceChildren(
      ...outcome.hits.map((hit) => {
        const item = element('li', { class: 'result' });
        item.append(element('p', { class: 'type' }, hit.type));
        const heading = element('h2');
        heading.append(element('a', { href: hit.url }, hit.title));
        item.append(heading);
        if (hit.summary) item.append(element('p', { class: 'summary' }, hit.summary));
        const excerpt = element('p', { class: 'excerpt' });
        // Pagefind's excerpt is escaped text with <mark> around matches.
        excerpt.innerHTML = hit.excerpt;
        item.append(excerpt);
        return item;
      }),
    );
    this.#more.hidden = outcome.total <= shown;
    void this.#renderSuggestions(outcome);
  }

  #scheduleFacets(query: string, ticket: number) {
    clearTimeout(this.#facetTimer);
    this.#facetTimer = setTimeout(() => void this.#showFacets(query, ticket), FACET_DELAY);
  }

  async #showFacets(query: string, ticket: number) {
    try {
      const counts = await facetCounts(query, this.#selected);
      if (ticket !== this.#latest) return;
      this.#renderFilters(counts);
      this.dataset['facets'] = query;
    } catch (error) {
      console.error(error); // the results stand without counts
    }
  }

  /**
   * The filter values are the same for every query, so the checkboxes are made once and only the
   * counts change: focus stays on a checkbox that has just been ticked.
   */
  #renderFilters({ filters, allFilters }: FacetCounts) {
    if (this.#counts.length === 0) this.#buildFilters(allFilters);
    for (const { name, value, count } of this.#counts) {
      count.textContent = `（${filters[name]?.[value] ?? 0}）`;
    }
    this.#filters.hidden = false;
  }

  #buildFilters(allFilters: FacetCounts['allFilters']) {
    const groups = FILTER_ORDER.filter((name) => allFilters[name]).map((name) => {
      const fieldset = element('fieldset');
      fieldset.append(element('legend', {}, name));
      for (const value of Object.keys(allFilters[name] ?? {}).sort()) {
        const label = element('label');
        const box = element('input', { type: 'checkbox', name, value });
        box.checked = this.#selected[name]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const current = new Set(this.#selected[name] ?? []);
          if (box.checked) current.add(value);
          else current.delete(value);
          this.#selected[name] = [...current];
          void this.#run();
        });
        const count = element('span');
        this.#counts.push({ name, value, count });
        label.append(box, ` ${value}`, count);
        fieldset.append(label);
      }
      return fieldset;
    });
    this.#filters.replaceChildren(...groups);
  }

  async #renderSuggestions(outcome: SearchOutcome) {
    this.#suggestions.replaceChildren();
    // Suggested while the results are only partial matches too: the reader may have mistyped.
    if ((outcome.total > 0 && outcome.tier !== 'some') || !outcome.query) return;
    this.#names ??= loadSuggestData();
    const names = suggestNames(outcome.query, await this.#names);
    const alternatives: HTMLElement[] = [];
    if (names.length > 0) {
      const list = element('ul');
      for (const name of names) {
        const item = element('li');
        item.append(element('a', { href: name.url }, name.name), ` ${name.type}`);
        list.append(item);
      }
      alternatives.push(element('p', {}, '是不是要找：'), list);
    }
    if (/\p{Script=Han}/u.test(outcome.query)) {
      // Pinyin of the query would need a dictionary too large to send; names above cover most cases.
      alternatives.push(
        element('p', {}, '也可以试试拼音（如 xiangyu）、换一种写法（简体或繁体），或少输几个字。'),
      );
    } else {
      alternatives.push(element('p', {}, '也可以试试输入汉字，或检查拼音的拼写。'));
    }
    this.#suggestions.replaceChildren(...alternatives);
  }
}

customElements.define('archive-search', ArchiveSearch);

/** What the reader is looking at: the count, and which tier of matching the results come from. */
function statusText(outcome: SearchOutcome, shown: number): string {
  if (outcome.total === 0) return `没有找到与「${outcome.query}」相符的条目。`;
  const more = outcome.total > shown ? `，显示前 ${shown} 条` : '';
  const count = `${outcome.approximate ? '约' : ''} ${outcome.total} 条`;
  if (outcome.tier === 'all')
    return `没有与「${outcome.query}」完全一致的结果；以下 ${count}页面包含其中所有关键词${more}。`;
  if (outcome.corrected)
    return `没有找到「${outcome.query}」，以下是「${outcome.corrected}」的结果（${count}${more}）。`;
  if (outcome.tier === 'some') return `没有完全匹配的结果，以下页面包含其中部分词语（${count}${more}）。`;
  return `找到${count}${outcome.query ? `与「${outcome.query}」相符的结果` : '结果'}${more}。`;
}
