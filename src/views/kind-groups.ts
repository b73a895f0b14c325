/** The places and heritage indexes: entries grouped under the kinds of their vocabulary, in its order. */
import type { Heritage, Place } from './archive.ts';

export function groupsByKind<Entry extends Place | Heritage>(
  kinds: readonly { value: string; slug: string }[],
  entries: readonly Entry[],
) {
  return kinds.map((kind) => ({
    label: kind.value,
    slug: kind.slug,
    entries: entries.filter((entry) => entry.data.kind === kind.value),
  }));
}
