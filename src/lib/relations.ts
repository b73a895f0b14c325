/**
 * Typed, directional relations between people.
 *
 * A relation is written once, on either person's entry, as "the other person is my <role>"
 * (`{ role: 叔父, to: xiang-liang }` on 项羽 means 项梁 is 项羽's 叔父). The other page shows the
 * inverse role, derived here from the role and the writer's sex, so nothing is typed twice.
 */
import { ROLES, type Role, type RoleDefinition, type Sex } from '../schemas/relation-roles.ts';

/** The role the writer of a relation plays for the other person. */
export function inverseRole(role: Role, writerSex: Sex): string {
  return ROLES[role].inverse[writerSex];
}

/** A relation as written in an entry. */
export interface DeclaredRelation {
  role: Role;
  /** Id of the other worthy, when the person has an entry in the archive. */
  to?: string | undefined;
  /** Name of a person outside the archive. */
  name?: string | undefined;
  note?: string | undefined;
}

export interface PersonForRelations {
  id: string;
  sex: Sex;
  relations: DeclaredRelation[];
}

/** One line of a person's relation list: "<label>: <person>". */
export interface RelationView {
  /** Role of the other person seen from the page's person, e.g. 叔父. */
  label: string;
  group: RoleDefinition['group'];
  /** Id of the other worthy, if in the archive. */
  id?: string | undefined;
  /** Name of an outside person. */
  name?: string | undefined;
  note?: string | undefined;
  /** True when the relation was written on the other person's entry and derived here. */
  derived: boolean;
}

const GROUP_ORDER: Record<RoleDefinition['group'], number> = { 亲属: 0, 师承: 1, 交游: 2 };

/**
 * Relations of every person, both as written and as derived from the other side.
 * Returns a map from person id to its relation list, kin first.
 */
export function buildRelationIndex(people: PersonForRelations[]): Map<string, RelationView[]> {
  const index = new Map<string, RelationView[]>(people.map((p) => [p.id, []]));
  for (const person of people) {
    for (const relation of person.relations) {
      const group = ROLES[relation.role].group;
      index.get(person.id)?.push({
        label: relation.role,
        group,
        id: relation.to,
        name: relation.name,
        note: relation.note,
        derived: false,
      });
      if (relation.to) {
        index.get(relation.to)?.push({
          label: inverseRole(relation.role, person.sex),
          group,
          id: person.id,
          note: relation.note,
          derived: true,
        });
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group]);
  return index;
}

/** A pair of people whose relation is written on both entries (it must be written once). */
export interface DuplicateRelation {
  first: string;
  second: string;
}

/** Finds relations written twice: once on each side, or twice on the same side. */
export function findDuplicateRelations(people: PersonForRelations[]): DuplicateRelation[] {
  const seen = new Set<string>();
  const duplicates: DuplicateRelation[] = [];
  for (const person of people) {
    for (const relation of person.relations) {
      if (!relation.to) continue;
      const key = [person.id, relation.to].sort().join('\u0000');
      if (seen.has(key)) duplicates.push({ first: relation.to, second: person.id });
      else seen.add(key);
    }
  }
  return duplicates;
}
