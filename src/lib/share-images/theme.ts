/**
 * Colours and type for the images: the site's ink-on-paper palette (src/styles/tokens.css, light
 * theme) with its one vermilion accent, and the font family satori is given.
 */
export const PAPER = '#f5efe2';
export const PAPER_LIGHT = '#fbf8f1';
export const PAPER_DEEP = '#e8dcc4';
export const INK = '#1f1b16';
export const INK_SOFT = '#4a4239';
export const MUTED = '#6b6155';
/** 朱砂: used once per image, for the seal. */
export const VERMILION = '#a8321d';

export const FONT_FAMILY = 'Noto Serif SC';
export const REGULAR = 400;
export const BOLD = 700;

/** Paper with a faint vignette, lighter where the text sits. */
export const PAPER_BACKGROUND = `radial-gradient(ellipse at 50% 38%, ${PAPER_LIGHT} 0%, ${PAPER} 58%, ${PAPER_DEEP} 100%)`;
