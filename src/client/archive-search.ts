/**
 * <archive-search>: the search page. Enhances a plain GET form (which works without JavaScript by
 * reloading the page with ?q=) into search as you type, with results first and the filters behind
 * one control that counts the active ones, a clean snippet per result, a shareable ?q= address and
 * an announcement of the result count.
 */
import { bestSnippet } from '../lib/search/snippet.ts';
import { suggestNames } from '../lib/search/suggest.ts';
import type { FilterOrder } from '../views/search-filters.ts';
import {
  facetCounts,
  loadSuggestData,
  search,
  warmUp,
  type FacetCounts,
  type SearchHit,
  type SearchOutcome,
} from './search-engine.ts';

const FILTER_ORDER = ['类型', '区县', '朝代', '类别'];
const PAGE_SIZE = 10;
/** Beside the results from this width on (as in the page's CSS), so open from the start there. */
const WIDE = '(min-width: 56rem)';

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
  #panel!: HTMLDetailsElement;
  #summary!: HTMLElement;
  #order: FilterOrder = {};
  #suggestions!: HTMLElement;
  #more!: HTMLButtonElement;
  #selected: Record<string, string[]> = {};
  #limit = PAGE_SIZE;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each filter value with its label (hidden at zero) and the element that shows its count. */
  #counts: { name: string; value: string; label: HTMLElement; box: HTMLInputElement; count: HTMLElement }[] =
    [];
  /** Fieldsets (and 类别's groups), hidden when none of their values has a result. */
  #groups: HTMLFieldSetElement[] = [];
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    this.#input = input;
    this.#status = this.querySelector('[data-status]') ?? element('p');
    this.#results = this.querySelector('ol[data-results]') ?? element('ol');
    this.#filters = this.querySelector('[data-filters]') ?? element('div');
    this.#panel = this.querySelector('details[data-filters-panel]') ?? element('details');
    this.#summary = this.querySelector('[data-filters-summary]') ?? element('summary');
    this.#order = JSON.parse(this.dataset['filterOrder'] ?? '{}') as FilterOrder;
    this.#panel.open = matchMedia(WIDE).matches;
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
    // A search asked for now (Enter, a filter, 更多) replaces the one typing had scheduled.
    clearTimeout(this.#timer);
    const query = this.#input.value.trim();
    if (resetLimit) this.#limit = PAGE_SIZE;
    this.#updateAddress(query);
    const ticket = ++this.#latest;
    if (!query && Object.values(this.#selected).every((v) => v.length === 0)) {
      this.#results.replaceChildren();
      this.#panel.hidden = true;
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
      void this.#showFacets(outcome.pages, query, ticket);
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
    this.#panel.hidden = false;
    const terms = outcome.rewritten.split(' ').filter(Boolean);
    this.#results.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, terms)));
    this.#more.hidden = outcome.total <= shown;
    void this.#renderSuggestions(outcome);
  }

  async #showFacets(pages: readonly string[], query: string, ticket: number) {
    try {
      const counts = await facetCounts(pages);
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
    for (const { name, value, label, box, count } of this.#counts) {
      const found = filters[name]?.[value] ?? 0;
      count.textContent = `（${found}）`;
      // A value without results is left out, unless ticked: the reader must be able to untick it.
      label.hidden = found === 0 && !box.checked;
    }
    for (const group of this.#groups) {
      group.hidden = !Array.from(group.querySelectorAll('label')).some((label) => !label.hidden);
    }
    this.#showActiveCount();
  }

  /** The one filter control says how many filters are on, so a closed panel hides nothing. */
  #showActiveCount() {
    const active = Object.values(this.#selected).reduce((total, values) => total + values.length, 0);
    this.#summary.textContent = active > 0 ? `筛选（已选 ${active} 项）` : '筛选';
  }

  #buildFilters(allFilters: FacetCounts['allFilters']) {
    const fieldsets = FILTER_ORDER.filter((name) => allFilters[name]).map((name) => {
      const fieldset = element('fieldset');
      fieldset.append(element('legend', {}, name));
      const present = Object.keys(allFilters[name] ?? {});
      for (const { group, values } of ordered(this.#order[name] ?? [], present)) {
        const holder = group ? element('fieldset') : fieldset;
        if (holder !== fieldset) {
          holder.append(element('legend', {}, group));
          fieldset.append(holder);
          this.#groups.push(holder);
        }
        for (const value of values) holder.append(this.#checkbox(name, value));
      }
      this.#groups.push(fieldset);
      return fieldset;
    });
    this.#filters.replaceChildren(...fieldsets);
  }

  #checkbox(name: string, value: string): HTMLLabelElement {
    const label = element('label');
    const box = element('input', { type: 'checkbox', name, value });
    box.checked = this.#selected[name]?.includes(value) ?? false;
    box.addEventListener('change', () => {
      const current = new Set(this.#selected[name] ?? []);
      if (box.checked) current.add(value);
      else current.delete(value);
      this.#selected[name] = [...current];
      this.#showActiveCount();
      void this.#run();
    });
    const count = element('span');
    this.#counts.push({ name, value, label, box, count });
    label.append(box, value, count);
    return label;
  }

  async #renderSuggestions(outcome: SearchOutcome) {
    this.#suggestions.replaceChildren();
    // Suggested while the results are only partial matches too: the reader may have mistyped.
    if ((outcome.total > 0 && outcome.tier !== 'some') || !outcome.query) return;
    // Fetched once (loadSuggestData keeps the promise), and only when a search falls short.
    const names = suggestNames(outcome.query, await loadSuggestData());
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

/**
 * The values present in the index in the build's order (朝代 by time, 类别 by entry type); values
 * the order does not know come last, in their own group.
 */
function ordered(order: FilterOrder[string], present: readonly string[]): FilterOrder[string] {
  const have = new Set(present);
  const groups = order
    .map(({ group, values }) => ({ group, values: values.filter((value) => have.has(value)) }))
    .filter(({ values }) => values.length > 0);
  const known = new Set(order.flatMap(({ values }) => values));
  const rest = present.filter((value) => !known.has(value)).sort();
  if (rest.length > 0) groups.push({ group: groups.some((g) => g.group) ? '其他' : '', values: rest });
  return groups;
}

/** A result: title, what it is in plain words (type, era, life span, district), summary, snippet. */
function resultItem(hit: SearchHit, terms: readonly string[]): HTMLLIElement {
  const item = element('li', { class: 'result' });
  const heading = element('h2');
  heading.append(element('a', { href: hit.url }, hit.title));
  const facts = [...(hit.filters['朝代'] ?? []), hit.dates, (hit.filters['区县'] ?? []).join('、')].filter(
    Boolean,
  );
  const kind = element('p', { class: 'kind' });
  kind.append(element('span', { class: 'type' }, hit.type));
  if (facts.length > 0) kind.append(element('span', { class: 'facts' }, ` · ${facts.join(' · ')}`));
  item.append(heading, kind);
  if (hit.summary) item.append(element('p', { class: 'summary' }, hit.summary));
  // None when the match was a name's pinyin: the title and summary say enough.
  const snippet = bestSnippet(hit.content, terms, { shown: hit.summary });
  if (snippet) {
    const excerpt = element('p', { class: 'excerpt' });
    excerpt.append(...snippet.map((part) => (part.mark ? element('mark', {}, part.text) : part.text)));
    item.append(excerpt);
  }
  return item;
}

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
