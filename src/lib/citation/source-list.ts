/**
 * An entry's numbered source list: each cited work resolved from the bibliography (or written in
 * place), formatted in GB/T 7714-2015, in the order the entry lists them, which is also the order
 * of the `[1]`, `[2]` markers in its text.
 */
import { formatGbt7714, type CitableSource } from './gbt7714.ts';
import { readerReference, type ReaderReference } from './reader-reference.ts';

export interface ListedSource extends CitableSource {
  reliability?: string | undefined;
  /** What kind of material it is (地方志 … 网络资料), for readers weighing it. */
  category?: string | undefined;
  original?: string | undefined;
  note?: string | undefined;
}

/** A `sources` item as Astro parses it: a bibliography reference with pages/note, or a whole work. */
export type SourceItem =
  | { id: { collection: string; id: string }; pages?: string | undefined; note?: string | undefined }
  | ListedSource;

export interface NumberedSource {
  number: number;
  /** Bibliography id, when the work is in the bibliography. */
  id?: string | undefined;
  citation: string;
  /** The same work as a reader's note shows it: issuer first, no bare web addresses. */
  reader: ReaderReference;
  reliability?: string | undefined;
  /** Pages and notes specific to this entry, then the work's own note. */
  notes: string[];
  url?: string | undefined;
}

export function numberSources(
  items: readonly SourceItem[],
  bibliography: ReadonlyMap<string, ListedSource>,
): NumberedSource[] {
  return items.map((item, index) => {
    if ('id' in item && typeof item.id === 'object') {
      const work = bibliography.get(item.id.id);
      if (!work) throw new Error(`来源 ${item.id.id} 不在文献库中`);
      const cited = item.pages ? { ...work, pages: item.pages } : work;
      return {
        number: index + 1,
        id: item.id.id,
        citation: formatGbt7714(cited),
        reader: readerReference(cited),
        reliability: work.reliability,
        notes: [item.note, work.original, work.note].filter((n): n is string => !!n),
        url: work.url,
      };
    }
    const work = item as ListedSource;
    return {
      number: index + 1,
      citation: formatGbt7714(work),
      reader: readerReference(work),
      reliability: work.reliability,
      notes: [work.original, work.note].filter((n): n is string => !!n),
      url: work.url,
    };
  });
}

/**
 * The works cited by several entries, each once, numbered in order of first appearance (as GB/T
 * 7714's numeric system numbers them): a gift's list of sources. A work from the bibliography is
 * listed whole, without the pages one entry cited; a work written in place is the same work as
 * another when its citation reads the same.
 */
export function unionSources(
  lists: readonly (readonly SourceItem[])[],
  bibliography: ReadonlyMap<string, ListedSource>,
): NumberedSource[] {
  const seen = new Set<string>();
  const union: NumberedSource[] = [];
  for (const item of lists.flat()) {
    const id = 'id' in item && typeof item.id === 'object' ? item.id.id : undefined;
    const work = id === undefined ? (item as ListedSource) : bibliography.get(id);
    if (!work) throw new Error(`来源 ${id ?? ''} 不在文献库中`);
    const citation = formatGbt7714(work);
    const key = id === undefined ? `text:${citation}` : `id:${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    union.push({
      number: union.length + 1,
      id,
      citation,
      reader: readerReference(work),
      reliability: work.reliability,
      notes: [work.original].filter((n): n is string => !!n),
      url: work.url,
    });
  }
  return union;
}
