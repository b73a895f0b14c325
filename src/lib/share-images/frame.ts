/** The double rule (文武线: a heavy line and a fine one) that frames a page of an old printed book. */
import { box, type BoxElement, type Child } from './nodes.ts';
import { INK, PAPER_BACKGROUND } from './theme.ts';

export function framedPage(
  size: { width: number; height: number },
  frame: { inset: number; heavy: number; gap: number; fine: number },
  ...children: Child[]
): BoxElement {
  const rule = (inset: number, width: number) =>
    box({
      position: 'absolute',
      top: inset,
      left: inset,
      right: inset,
      bottom: inset,
      border: `${width}px solid ${INK}`,
    });
  return box(
    {
      display: 'flex',
      position: 'relative',
      width: size.width,
      height: size.height,
      backgroundImage: PAPER_BACKGROUND,
      color: INK,
    },
    rule(frame.inset, frame.heavy),
    rule(frame.inset + frame.heavy + frame.gap, frame.fine),
    ...children,
  );
}
