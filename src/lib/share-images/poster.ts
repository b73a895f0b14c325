/**
 * The poster (海报), 1080×1920, for sending in a chat or printing. Laid out like the cover of a
 * thread-bound book: the title set vertically on a label (题签) at the right with a seal under it,
 * the names or dates beside it, a picture or bare paper to its left; then the summary, and a QR
 * code to the page with the site's name at the foot. Titles too long for one column are set
 * across instead.
 */
import { qrSvg } from '../qr.ts';
import { framedPage, textBlock } from './frame.ts';
import { POSTER_SIZE, type PosterCaptions, type ShareModel } from './model.ts';
import { box, image, type BoxElement, type Child } from './nodes.ts';
import { seal } from './seal.ts';
import { characters, clampText, displayUrl, fitFontSize, widthInEms } from './text.ts';
import { BOLD, FONT_FAMILY, INK, INK_SOFT, MUTED, PAPER_LIGHT } from './theme.ts';
import { fitsVertically, verticalChars, verticalColumn } from './vertical.ts';
import { formatChineseNumber } from '../dates/numerals.ts';

const { width: WIDTH, height: HEIGHT } = POSTER_SIZE;
const MARGIN = 120;
const CONTENT = WIDTH - 2 * MARGIN;
const TOP = 124;
const FOOTER_HEIGHT = 340;
/** Side of the QR code in px: whole pixels per module keep it sharp for scanners. */
const QR_TARGET = 264;
const SUMMARY_SIZE = 40;
const SUMMARY_LEADING = 1.9;
const MAX_VERTICAL_TITLE = 7;
const HEADING_HEIGHT = 30 * 1.5 + 26 + 2;
const CONTENTS_SIZE = 32;

/** The poster's words in simplified Chinese, unless the model gives its own. */
export function posterCaptions(model: ShareModel): PosterCaptions {
  return {
    scan: '扫码阅读全文',
    sourced: '出处俱在',
    holds: `收录${formatChineseNumber(model.contents?.length ?? 0)}篇`,
    ...model.captions,
  };
}

export function posterTree(model: ShareModel): BoxElement {
  const summaryText = clampText(model.summary, 147);
  const summaryLines = Math.ceil(widthInEms(summaryText) / Math.floor(CONTENT / SUMMARY_SIZE));
  const summaryHeight = summaryLines * SUMMARY_SIZE * SUMMARY_LEADING;
  const bylineHeight = model.byline ? 28 + 30 * 1.5 : 0;
  // What is left between the heading row and the text below it, for the title and the picture.
  const column = HEIGHT - TOP - FOOTER_HEIGHT - TOP - 40;
  const stage = Math.floor(column - HEADING_HEIGHT - 56 - 48 - summaryHeight - bylineHeight);

  const heading = box(
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'baseline',
      paddingBottom: 26,
      borderBottom: `1.5px solid ${INK}`,
      fontSize: 30,
      letterSpacing: 6,
      color: MUTED,
    },
    box({ display: 'flex' }, model.siteName),
    box({ display: 'flex', color: INK_SOFT }, model.kicker),
  );

  const stageBox = fitsVertically(model.title, MAX_VERTICAL_TITLE)
    ? verticalStage(model, stage)
    : acrossStage(model, stage);

  const text: Child[] = [
    box(
      {
        display: 'flex',
        fontSize: SUMMARY_SIZE,
        lineHeight: SUMMARY_LEADING,
        color: INK_SOFT,
        textAlign: model.summaryLang === 'en' ? 'left' : 'justify',
      },
      summaryText,
    ),
  ];
  if (model.byline) {
    text.push(
      box({ display: 'flex', marginTop: 28, fontSize: 30, color: MUTED, letterSpacing: 2 }, model.byline),
    );
  }

  const content = textBlock(
    { flexDirection: 'column', position: 'absolute', top: TOP, left: MARGIN, width: CONTENT, height: column },
    heading,
    box({ display: 'flex', marginTop: 56, height: stage }, stageBox),
    box({ display: 'flex', flexDirection: 'column', marginTop: 48 }, ...text),
  );
  return framedPage(POSTER_SIZE, { inset: 44, heavy: 6, gap: 10, fine: 2 }, content, footer(model));
}

/** Title label and seal at the right, subtitle beside it, picture (or paper) filling the left. */
function verticalStage(model: ShareModel, height: number): BoxElement {
  const chars = characters(model.title).length;
  const labelPadding = 44;
  const sealSize = 50;
  const sealHeight = sealSize * 2.5 + 30;
  const size = Math.min(
    chars <= 2 ? 220 : 180,
    Math.floor((height - 2 * labelPadding - sealHeight - 12) / (chars * 1.12)),
  );
  const label = box(
    {
      display: 'flex',
      padding: 8,
      backgroundColor: PAPER_LIGHT,
      border: `3px solid ${INK}`,
    },
    box(
      { display: 'flex', padding: `${labelPadding - 12}px 14px`, border: `1px solid ${INK}` },
      verticalColumn(model.title, size, { fontWeight: BOLD }),
    ),
  );
  const titleColumn = box(
    { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 30 },
    label,
    seal(model.seal, sealSize),
  );
  // Names and dates beside the label, smaller when they would run past the stage.
  const subtitleSize = model.subtitle
    ? Math.max(24, Math.min(38, Math.floor((height - 24) / (verticalChars(model.subtitle).length * 1.12))))
    : 0;
  const subtitle =
    model.subtitle &&
    box(
      { display: 'flex', paddingTop: 24 },
      verticalColumn(model.subtitle, subtitleSize, { color: INK_SOFT }),
    );
  const titleWidth = size * 1.1 + 2 * 14 + 2 * 8 + 2 * 3 + 2;
  const leftWidth = CONTENT - titleWidth - (model.subtitle ? subtitleSize * 1.1 + 36 : 0) - 36;
  const left: Child = model.contents?.length
    ? contentsColumns(model.contents, posterCaptions(model).holds, leftWidth, height)
    : model.image
      ? box(
          { display: 'flex', flex: 1, height, border: `2px solid ${INK}` },
          image(model.image.src, 10, 10, { width: '100%', height: '100%', objectFit: 'cover' }),
        )
      : box(
          {
            display: 'flex',
            flex: 1,
            height,
            alignItems: 'flex-end',
            justifyContent: 'flex-start',
            overflow: 'hidden',
          },
          // The title's first character, large and faint, as a watermark on the bare paper.
          box(
            {
              display: 'flex',
              fontSize: 460,
              lineHeight: 1,
              fontWeight: BOLD,
              color: 'rgba(31, 27, 22, 0.045)',
            },
            characters(model.title)[0] ?? '',
          ),
        );
  return box(
    { display: 'flex', width: CONTENT, height, gap: 36, alignItems: 'flex-start' },
    left,
    subtitle,
    titleColumn,
  );
}

/**
 * What a gift holds, as a vertical table of contents: one column per entry, read from the right
 * after a heading column, in two registers (上下两栏) when one row of columns is not enough.
 * Titles longer than their column are cut with an ellipsis.
 */
function contentsColumns(titles: string[], holds: string, width: number, height: number): BoxElement {
  const size = CONTENTS_SIZE;
  const pitch = size * 1.1 + 6;
  const perRegister = Math.max(1, Math.floor((width - pitch - 24) / pitch));
  const registers = Math.min(2, Math.ceil(titles.length / perRegister));
  const registerHeight = (height - (registers - 1) * 40) / registers;
  const perColumn = Math.floor(registerHeight / (size * 1.12));
  const fitted = titles.slice(0, perRegister * registers).map((title) =>
    characters(title).length > perColumn
      ? `${characters(title)
          .slice(0, perColumn - 1)
          .join('')}…`
      : title,
  );
  const rows = Array.from({ length: registers }, (_, r) =>
    fitted.slice(r * perRegister, (r + 1) * perRegister),
  );
  return box(
    { display: 'flex', width, height, flexDirection: 'row-reverse', gap: 18 },
    box(
      { display: 'flex', paddingLeft: 12, borderLeft: `1px solid ${INK}` },
      verticalColumn(holds, 28, { color: MUTED }),
    ),
    box(
      { display: 'flex', flexDirection: 'column', gap: 40 },
      ...rows.map((row) =>
        box(
          { display: 'flex', flexDirection: 'row-reverse', gap: 6, height: registerHeight },
          ...row.map((title) => verticalColumn(title, size, { color: INK })),
        ),
      ),
    ),
  );
}

/** A long title set across, under the picture if there is one, then what a gift holds. */
function acrossStage(model: ShareModel, height: number): BoxElement {
  const contents = model.contents?.length
    ? `${posterCaptions(model).holds}：${clampText(model.contents.join(' · '), 60)}`
    : undefined;
  const pictureHeight = model.image ? Math.max(0, height - 420 - (contents ? 180 : 0)) : 0;
  const size = fitFontSize(model.title, {
    width: CONTENT - 140,
    lines: 2,
    max: 132,
    min: 64,
    tracking: 0.06,
  });
  return box(
    { display: 'flex', flexDirection: 'column', width: CONTENT, height, justifyContent: 'flex-end' },
    model.image &&
      pictureHeight > 200 &&
      box(
        { display: 'flex', height: pictureHeight, marginBottom: 48, border: `2px solid ${INK}` },
        image(model.image.src, 10, 10, { width: '100%', height: '100%', objectFit: 'cover' }),
      ),
    box(
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 40 },
      box(
        { display: 'flex', fontSize: size, fontWeight: BOLD, letterSpacing: size * 0.06, lineHeight: 1.25 },
        model.title,
      ),
      seal(model.seal, 50),
    ),
    model.subtitle &&
      box(
        { display: 'flex', marginTop: 24, fontSize: 38, letterSpacing: 2, color: INK_SOFT },
        model.subtitle,
      ),
    contents &&
      box(
        { display: 'flex', marginTop: 36, fontSize: CONTENTS_SIZE, lineHeight: 1.65, color: INK },
        contents,
      ),
  );
}

function footer(model: ShareModel): BoxElement {
  const captions = posterCaptions(model);
  // A caption longer than the Chinese one (an English one) is set smaller to stay on one line.
  const scanSize = fitFontSize(captions.scan, { width: 500, lines: 1, max: 40, min: 28, tracking: 0.15 });
  const svg = qrSvg(model.url);
  const side = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1] ?? 1);
  const pixels = Math.max(1, Math.floor(QR_TARGET / side)) * side;
  return box(
    {
      display: 'flex',
      position: 'absolute',
      left: MARGIN,
      bottom: TOP,
      width: CONTENT,
      alignItems: 'center',
      gap: 44,
      paddingTop: 44,
      borderTop: `1.5px solid ${INK}`,
      fontFamily: FONT_FAMILY,
    },
    box(
      { display: 'flex', padding: 10, backgroundColor: '#fff', border: `2px solid ${INK}` },
      image(`data:image/svg+xml;base64,${btoa(svg)}`, pixels, pixels),
    ),
    box(
      { display: 'flex', flexDirection: 'column', gap: 14, flex: 1 },
      box({ display: 'flex', fontSize: scanSize, fontWeight: BOLD, letterSpacing: 6 }, captions.scan),
      box(
        { display: 'flex', fontSize: 30, color: INK_SOFT, letterSpacing: 2 },
        `${captions.sourced} · ${model.siteName}`,
      ),
      box({ display: 'flex', fontSize: 22, color: MUTED, lineHeight: 1.4 }, displayUrl(model.url)),
    ),
  );
}
