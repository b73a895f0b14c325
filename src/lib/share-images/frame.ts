/** The double rule (文武线: a heavy line and a fine one) that frames a page of an old printed book. */
import { box, type BoxElement, type Child, type Style } from './nodes.ts';
import { FONT_FAMILY, INK, PAPER_BACKGROUND, REGULAR } from './theme.ts';

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

/** The block that holds a page's text inside the frame, placed by `place`, in the body type. */
export function textBlock(place: Style, ...children: (Child | false | undefined)[]): BoxElement {
  return box(
    { display: 'flex', ...place, fontFamily: FONT_FAMILY, fontWeight: REGULAR, color: INK },
    ...children,
  );
}

/**
 * A framed page split into the paper and its rules, the same on every page of one size and frame,
 * and what lies on them, so that the first is drawn once and only the second for each image.
 */
export function frameLayers(page: BoxElement): { paper: BoxElement; content: BoxElement } {
  const children = page.props.children;
  const all = Array.isArray(children) ? children : children === undefined ? [] : [children];
  const content = { ...page.props.style };
  delete content['backgroundImage'];
  return {
    paper: { type: 'div', props: { style: page.props.style, children: all.slice(0, 2) } },
    content: { type: 'div', props: { style: content, children: all.slice(2) } },
  };
}
