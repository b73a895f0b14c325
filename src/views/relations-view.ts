/** The 人物关系 page: every relation of the archive once, readable from both sides. */
import {
  RELATION_GROUPS,
  relationPairs,
  type RelationGroup,
  type RelationPair,
} from '../lib/relation-graph.ts';
import { neighbourhood } from '../lib/relation-graph.ts';
import { hrefOf, type Archive, type Worthy } from './archive.ts';

/** One line of a person's relation list: the role, the other person, their page if the archive has one. */
export interface RelationRow {
  label: string;
  name: string;
  href?: string | undefined;
  note?: string | undefined;
}

/** A worthy's relations, written and derived, as the list on their page shows them. */
export function relationRows(archive: Archive, worthy: Worthy): RelationRow[] {
  return archive.relationsOf(worthy.id).map((relation) => {
    const other = relation.id ? archive.get({ collection: 'worthies', id: relation.id }) : undefined;
    return {
      label: relation.label,
      name: other ? (other.data as { name: string }).name : (relation.name ?? ''),
      href: other ? hrefOf(other) : undefined,
      note: relation.note,
    };
  });
}

/** A worthy and the people around them, placed for the relation diagram. */
export function relationNeighbourhood(archive: Archive, worthy: Worthy) {
  const nameOf = (id: string) => {
    const entry = archive.get({ collection: 'worthies', id });
    return entry?.collection === 'worthies' ? entry.data.name : undefined;
  };
  return neighbourhood(worthy.data.name, archive.relationsOf(worthy.id), nameOf);
}

export interface RelationPairView extends RelationPair {
  fromWorthy: Worthy;
  toWorthy?: Worthy | undefined;
}

export interface RelationSection {
  group: RelationGroup;
  pairs: RelationPairView[];
}

/** Relations grouped kin, teachers, associates; people in time order within each group. */
export function relationSections(archive: Archive): RelationSection[] {
  const byId = new Map(archive.worthies.map((w) => [w.id, w]));
  const pairs = relationPairs(
    archive.worthies.map((w) => ({
      id: w.id,
      sex: w.data.sex,
      relations: w.data.relations.map((r) => ({ ...r, to: r.to?.id })),
    })),
  ).flatMap((pair): RelationPairView[] => {
    const fromWorthy = byId.get(pair.from);
    if (!fromWorthy) return [];
    return [{ ...pair, fromWorthy, toWorthy: pair.to ? byId.get(pair.to) : undefined }];
  });
  return RELATION_GROUPS.map((group) => ({ group, pairs: pairs.filter((p) => p.group === group) })).filter(
    (section) => section.pairs.length > 0,
  );
}

/** People who take part in at least one relation, in time order. */
export function relatedPeople(archive: Archive, sections: readonly RelationSection[]): Worthy[] {
  const ids = new Set(sections.flatMap((s) => s.pairs.flatMap((p) => [p.from, p.to ?? ''])));
  return archive.worthies.filter((w) => ids.has(w.id));
}
