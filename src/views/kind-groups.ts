/** The places and heritage indexes: entries grouped under the kinds of their vocabulary, in its order. */
import { hrefOf, type Heritage, type Place } from './archive.ts';

export function groupsByKind<Entry extends Place | Heritage>(
  kinds: readonly { value: string; slug: string }[],
  entries: readonly Entry[],
  /** What an entry's card shows beside its title. */
  meta: (entry: Entry) => string | undefined,
) {
  return kinds.map((kind) => ({
    label: kind.value,
    slug: kind.slug,
    items: entries
      .filter((entry) => entry.data.kind === kind.value)
      .map((entry) => ({
        href: hrefOf(entry),
        title: entry.data.name,
        meta: meta(entry),
        summary: entry.data.summary,
      })),
  }));
}
