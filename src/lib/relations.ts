/**
 * Typed, directional relations between people.
 *
 * A relation is written once, on either person's entry, as "the other person is my <role>"
 * (`{ role: 叔父, to: xiang-liang }` on 项羽 means 项梁 is 项羽's 叔父). The other page shows the
 * inverse role, derived here from the role and the writer's sex, so nothing is typed twice.
 */

export type Sex = '男' | '女' | '不详';

interface RoleDefinition {
  /** Inverse role when the person who wrote the relation is male, female, or of unknown sex. */
  inverse: { 男: string; 女: string; 不详: string };
  /** Relation group, for ordering lists (kin first) and for the relation diagram's colours. */
  group: '亲属' | '师承' | '交游';
}

function role(男: string, 女: string, 不详: string, group: RoleDefinition['group']): RoleDefinition {
  return { inverse: { 男, 女, 不详 }, group };
}

/** Every role a historian may write, with how it reads from the other side. */
export const ROLES = {
  父: role('子', '女', '子女', '亲属'),
  母: role('子', '女', '子女', '亲属'),
  子: role('父', '母', '父母', '亲属'),
  女: role('父', '母', '父母', '亲属'),
  祖父: role('孙', '孙女', '孙辈', '亲属'),
  祖母: role('孙', '孙女', '孙辈', '亲属'),
  孙: role('祖父', '祖母', '祖辈', '亲属'),
  叔父: role('侄', '侄女', '侄辈', '亲属'),
  伯父: role('侄', '侄女', '侄辈', '亲属'),
  侄: role('叔伯', '姑母', '长辈', '亲属'),
  舅: role('外甥', '外甥女', '外甥辈', '亲属'),
  外甥: role('舅', '姨母', '长辈', '亲属'),
  兄: role('弟', '妹', '弟妹', '亲属'),
  弟: role('兄', '姐', '兄姐', '亲属'),
  姐: role('弟', '妹', '弟妹', '亲属'),
  妹: role('兄', '姐', '兄姐', '亲属'),
  姑母: role('侄', '侄女', '侄辈', '亲属'),
  姨母: role('外甥', '外甥女', '外甥辈', '亲属'),
  兄弟: role('兄弟', '姐妹', '同胞', '亲属'),
  夫: role('妻', '妻', '配偶', '亲属'),
  妻: role('夫', '夫', '配偶', '亲属'),
  先祖: role('后裔', '后裔', '后裔', '亲属'),
  后裔: role('先祖', '先祖', '先祖', '亲属'),
  姻亲: role('姻亲', '姻亲', '姻亲', '亲属'),
  师: role('门生', '门生', '门生', '师承'),
  门生: role('师', '师', '师', '师承'),
  君: role('臣', '臣', '臣', '交游'),
  臣: role('君', '君', '君', '交游'),
  上级: role('下属', '下属', '下属', '交游'),
  下属: role('上级', '上级', '上级', '交游'),
  同僚: role('同僚', '同僚', '同僚', '交游'),
  战友: role('战友', '战友', '战友', '交游'),
  友人: role('友人', '友人', '友人', '交游'),
  对手: role('对手', '对手', '对手', '交游'),
  相关: role('相关', '相关', '相关', '交游'),
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as [Role, ...Role[]];

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
