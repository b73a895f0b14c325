/**
 * A seal (印章) in 白文: paper-coloured characters cut into a vermilion block, read in columns from
 * the right, as seals are. One or two characters stand in one column; three or four in two.
 */
import { box, type BoxElement } from './nodes.ts';
import { characters } from './text.ts';
import { BOLD, PAPER_LIGHT, VERMILION } from './theme.ts';

export function seal(text: string, size: number): BoxElement {
  const chars = characters(text.replace(/\s/g, '')).slice(0, 4);
  const columns = chars.length <= 2 ? [chars] : [chars.slice(0, 2), chars.slice(2)];
  const column = (cs: string[]) =>
    box(
      { display: 'flex', flexDirection: 'column', alignItems: 'center' },
      ...cs.map((c) => box({ display: 'flex', height: size * 1.04, alignItems: 'center' }, c)),
    );
  return box(
    {
      display: 'flex',
      padding: size * 0.12,
      backgroundColor: VERMILION,
      borderRadius: size * 0.1,
    },
    box(
      {
        display: 'flex',
        flexDirection: 'row-reverse',
        gap: size * 0.06,
        padding: `${size * 0.06}px ${size * 0.1}px`,
        border: `${Math.max(2, size * 0.035)}px solid ${PAPER_LIGHT}`,
        borderRadius: size * 0.06,
        color: PAPER_LIGHT,
        fontSize: size,
        fontWeight: BOLD,
        lineHeight: 1,
      },
      ...columns.map(column),
    ),
  );
}
