/**
 * The share card (og:image), 1200×630, shown beside a link in chats and on social sites: the
 * section and kind, the title with the section's seal, the names or dates, the summary, and the
 * site with the page's address; a picture at the right when the entry has one. (A gift's contents
 * are left to its poster: a card is read at thumbnail size.)
 */
import { framedPage, textBlock } from './frame.ts';
import { CARD_SIZE, type ShareModel } from './model.ts';
import { box, image, type BoxElement } from './nodes.ts';
import { seal } from './seal.ts';
import { clampText, displayUrl, fitFontSize, widthInEms } from './text.ts';
import { BOLD, INK, INK_SOFT, MUTED } from './theme.ts';

const { width: WIDTH, height: HEIGHT } = CARD_SIZE;
const PAD_X = 84;
const PAD_Y = 70;
const PICTURE_WIDTH = 360;
const SUMMARY_SIZE = 30;

export function cardTree(model: ShareModel): BoxElement {
  const picture = model.image;
  const textWidth = WIDTH - 2 * PAD_X - (picture ? PICTURE_WIDTH + 56 : 0);
  const titleWidth = textWidth - 110;
  const titleSize = fitFontSize(model.title, {
    width: titleWidth,
    lines: 1,
    max: 116,
    min: 56,
    tracking: 0.04,
  });
  const titleLines = titleSize === 56 && widthInEms(model.title) * 56 > titleWidth ? 2 : 1;
  const summaryLines = (model.subtitle ? 3 : 4) - (titleLines - 1);
  const summary = clampText(model.summary, summaryLines * Math.floor(textWidth / SUMMARY_SIZE) - 1);

  const text = box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: textWidth,
      height: HEIGHT - 2 * PAD_Y,
    },
    box({ display: 'flex', fontSize: 26, letterSpacing: 6, color: INK_SOFT }, model.kicker),
    box(
      { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', marginTop: 26, gap: 24 },
      box(
        {
          display: 'flex',
          width: titleWidth,
          fontSize: titleSize,
          fontWeight: BOLD,
          letterSpacing: titleSize * 0.04,
          lineHeight: 1.2,
        },
        model.title,
      ),
      seal(model.seal, 34),
    ),
    model.subtitle &&
      box(
        { display: 'flex', marginTop: 14, fontSize: 30, color: INK_SOFT, letterSpacing: 1 },
        model.subtitle,
      ),
    box(
      { display: 'flex', marginTop: 24, fontSize: SUMMARY_SIZE, lineHeight: 1.7, color: INK_SOFT },
      summary,
    ),
    box(
      {
        display: 'flex',
        marginTop: 'auto',
        paddingTop: 18,
        borderTop: `1.5px solid ${INK}`,
        justifyContent: 'space-between',
        alignItems: 'baseline',
        gap: 24,
      },
      box(
        { display: 'flex', flexShrink: 0, fontSize: 26, fontWeight: BOLD, letterSpacing: 4 },
        model.siteName,
      ),
      !picture && box({ display: 'flex', fontSize: 20, color: MUTED }, displayUrl(model.url)),
    ),
  );

  const content = textBlock(
    { position: 'absolute', top: PAD_Y, left: PAD_X, right: PAD_X, bottom: PAD_Y, gap: 56 },
    text,
    picture &&
      box(
        { display: 'flex', width: PICTURE_WIDTH, height: HEIGHT - 2 * PAD_Y, border: `2px solid ${INK}` },
        image(picture.src, 10, 10, { width: '100%', height: '100%', objectFit: 'cover' }),
      ),
  );
  return framedPage(CARD_SIZE, { inset: 26, heavy: 4, gap: 6, fine: 1.5 }, content);
}
