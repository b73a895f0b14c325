/**
 * The relation roles a historian may write on a person's entry, and how each reads from the other
 * side (by the writer's sex). Part of the content model: the relation schema accepts these names,
 * src/lib/relations.ts derives the inverse relations from them.
 */

export type Sex = '男' | '女' | '不详';

export interface RoleDefinition {
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
