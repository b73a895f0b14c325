/**
 * Pages that are editions of one work (a gift in simplified, 繁體 and bilingual editions) are
 * indexed alike, since the index folds traditional characters to simplified ones. A query says
 * which the reader wants by its script: the edition in that script comes first among its siblings.
 */

/** A result that may be one edition of several: its edition and the address shared by all. */
export interface EditionOf {
  /** hans, hant or en. */
  edition?: string | undefined;
  /** Address of the simplified edition, the same for every edition of the work. */
  family?: string | undefined;
}

/** The edition a query asks for: 繁體 when it holds a traditional character, else simplified. */
export function editionForQuery(hasTraditional: boolean): 'hant' | 'hans' {
  return hasTraditional ? 'hant' : 'hans';
}

/**
 * The hits with each work's editions together at the place of its best-ranked one, the preferred
 * edition first, then the others in their order; hits that are not editions keep their places.
 */
export function preferEdition<T extends EditionOf>(hits: readonly T[], preferred: string): T[] {
  const byFamily = new Map<string, T[]>();
  for (const hit of hits)
    if (hit.family) byFamily.set(hit.family, [...(byFamily.get(hit.family) ?? []), hit]);
  const placed = new Set<string>();
  return hits.flatMap((hit) => {
    if (!hit.family) return [hit];
    if (placed.has(hit.family)) return [];
    placed.add(hit.family);
    const siblings = byFamily.get(hit.family) ?? [hit];
    return [
      ...siblings.filter((sibling) => sibling.edition === preferred),
      ...siblings.filter((sibling) => sibling.edition !== preferred),
    ];
  });
}
