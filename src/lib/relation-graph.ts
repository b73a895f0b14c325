/**
 * Relations as a graph: the neighbourhood of one person laid out for a small diagram (the person in
 * the middle, the people they are related to around them), and every relation of the archive as a
 * pair readable in both directions, for the 人物关系 page.
 */
import { ROLES } from '../schemas/relation-roles.ts';
import { inverseRole, type PersonForRelations, type RelationView } from './relations.ts';

export type RelationGroup = RelationView['group'];
export const RELATION_GROUPS: readonly RelationGroup[] = ['亲属', '师承', '交游'];

export type Point = readonly [number, number];

/** One person around the centre of a diagram. */
export interface NeighbourNode {
  /** Worthy id, for people in the archive. */
  id?: string | undefined;
  name: string;
  /** Their roles seen from the centre person (叔父; 外甥、门生 when there are several). */
  labels: string[];
  group: RelationGroup;
  inArchive: boolean;
  /** Centre of the node box and its size. */
  point: Point;
  width: number;
  height: number;
  /** Where the role label sits on the line to the centre. */
  labelPoint: Point;
}

export interface Neighbourhood {
  width: number;
  height: number;
  centre: { name: string; point: Point; width: number; height: number };
  nodes: NeighbourNode[];
}

export interface DiagramSize {
  width: number;
  height: number;
  /** Font size of names, in diagram units. */
  fontSize: number;
}

/** Narrow enough that names stay legible on a phone without scaling the text. */
const DEFAULT_SIZE: DiagramSize = { width: 360, height: 260, fontSize: 15 };

function nodeSize(name: string, fontSize: number, outside: boolean): { width: number; height: number } {
  return {
    width: Math.max(Array.from(name).length, outside ? 3 : 2) * fontSize + fontSize * 1.6,
    height: fontSize * (outside ? 3.2 : 2.2),
  };
}

/**
 * Lays out a person's relations around them: one node per other person (several relations to the
 * same person become one node with several labels), in the order given (kin first), spaced evenly
 * on an ellipse starting at the upper right. Deterministic; sizes in diagram units.
 */
export function neighbourhood(
  centreName: string,
  relations: readonly RelationView[],
  nameOf: (id: string) => string | undefined,
  size: DiagramSize = DEFAULT_SIZE,
): Neighbourhood {
  const merged: Omit<NeighbourNode, 'point' | 'labelPoint' | 'width' | 'height'>[] = [];
  for (const relation of relations) {
    const name = (relation.id ? nameOf(relation.id) : undefined) ?? relation.name ?? relation.id ?? '';
    const inArchive = relation.id !== undefined && nameOf(relation.id) !== undefined;
    const same = merged.find((n) => (relation.id ? n.id === relation.id : !n.id && n.name === name));
    if (same) {
      if (!same.labels.includes(relation.label)) same.labels.push(relation.label);
      continue;
    }
    merged.push({
      id: inArchive ? relation.id : undefined,
      name,
      labels: [relation.label],
      group: relation.group,
      inArchive,
    });
  }
  const count = merged.length;
  // One or two people sit left and right of the centre, so the drawing can be low.
  const rows = Math.ceil(count / 2);
  const height =
    count <= 2 ? size.fontSize * 9 : Math.max(size.height, rows * size.fontSize * 4 + size.fontSize * 4);
  // A single person is drawn to the right of the centre, so the two sit left and right of the middle.
  const centrePoint: Point = [count === 1 ? size.width * 0.3 : size.width / 2, height / 2];
  const centreSize = nodeSize(centreName, size.fontSize * 1.15, false);
  const widest = Math.max(0, ...merged.map((n) => nodeSize(n.name, size.fontSize, !n.inArchive).width));
  const radiusX = size.width / 2 - widest / 2 - size.fontSize * 0.5;
  const radiusY = height / 2 - size.fontSize * 2.2;
  const nodes = merged.map((node, index): NeighbourNode => {
    // One person sits to the right; more are spread evenly, starting half a step from the top.
    const angle = count === 1 ? 0 : -Math.PI / 2 + ((index + 0.5) * 2 * Math.PI) / count;
    const point: Point =
      count === 1
        ? [size.width * 0.74, centrePoint[1]]
        : [centrePoint[0] + radiusX * Math.cos(angle), centrePoint[1] + radiusY * Math.sin(angle)];
    const box = nodeSize(node.name, size.fontSize, !node.inArchive);
    // The role sits halfway along the visible part of the line, between the two boxes.
    const dx = point[0] - centrePoint[0];
    const dy = point[1] - centrePoint[1];
    const length = Math.hypot(dx, dy) || 1;
    const exit = (width: number, height: number) =>
      Math.min(
        width / 2 / Math.max(Math.abs(dx / length), 1e-9),
        height / 2 / Math.max(Math.abs(dy / length), 1e-9),
      );
    const along = (exit(centreSize.width, centreSize.height) + length - exit(box.width, box.height)) / 2;
    const labelPoint: Point = [
      centrePoint[0] + (dx / length) * along,
      centrePoint[1] + (dy / length) * along,
    ];
    return { ...node, point, labelPoint, ...box };
  });
  return {
    width: size.width,
    height,
    centre: { name: centreName, point: centrePoint, ...centreSize },
    nodes,
  };
}

/** One relation as written, readable from both sides. */
export interface RelationPair {
  group: RelationGroup;
  /** The person on whose entry the relation is written. */
  from: string;
  /** The other person, when in the archive. */
  to?: string | undefined;
  /** The other person's name, when outside the archive. */
  name?: string | undefined;
  /** The other person's role for `from` (叔父: the other is `from`'s 叔父). */
  role: string;
  /** `from`'s role for the other person (侄), when the other is in the archive. */
  inverse?: string | undefined;
  note?: string | undefined;
}

/**
 * Every relation of the archive once, as written, with its reverse: grouped kin, teachers,
 * associates (in that order), then in the order of `people` and of each person's list.
 */
export function relationPairs(people: readonly PersonForRelations[]): RelationPair[] {
  const pairs = people.flatMap((person) =>
    person.relations.map((relation): RelationPair => ({
      group: ROLES[relation.role].group,
      from: person.id,
      to: relation.to,
      name: relation.name,
      role: relation.role,
      inverse: relation.to ? inverseRole(relation.role, person.sex) : undefined,
      note: relation.note,
    })),
  );
  return RELATION_GROUPS.flatMap((group) => pairs.filter((pair) => pair.group === group));
}
