import { describe, expect, it } from 'vitest';
import { clampText } from '../../../src/lib/share-images/text.ts';

describe('clampText with English', () => {
  it.each([
    [
      'cuts between words, not inside one',
      'Following the Grand Canal, this book brings together',
      14,
      'Following the Grand…',
    ],
    [
      'drops a comma before the ellipsis',
      'Following the Grand Canal, this book brings together',
      16,
      'Following the Grand Canal…',
    ],
    [
      'keeps the Chinese ellipsis for Chinese',
      '一句很长很长很长很长很长很长的话没有句号',
      10,
      '一句很长很长很长……',
    ],
    ['keeps a text that fits', 'Short text.', 10, 'Short text.'],
  ])('%s', (_name, text, ems, expected) => {
    expect(clampText(text, ems)).toBe(expected);
  });
});
