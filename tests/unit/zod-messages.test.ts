import { describe, expect, it } from 'vitest';
import { explainIssue } from '../../src/lib/checks/zod-messages.ts';

describe('explainIssue', () => {
  it('says a missing choice field is missing, and lists the choices', () => {
    const [problem] = explainIssue({
      code: 'invalid_value',
      path: ['sex'],
      message: 'x',
      values: ['男', '女', '不详'],
    });
    expect(problem?.message).toBe('缺少必填字段「性别」：请补上，可选：男、女、不详。');
  });

  it('names a wrong choice and what was written', () => {
    const [problem] = explainIssue({
      code: 'invalid_value',
      path: ['connection'],
      message: 'x',
      values: ['本籍', '宦迹'],
      input: '籍贯',
    });
    expect(problem?.message).toBe('「与本市的关系」只能是以下之一：本籍、宦迹。现在写的是「籍贯」。');
  });

  it('suggests the field meant by a typo', () => {
    const [problem] = explainIssue({ code: 'unrecognized_keys', path: [], message: 'x', keys: ['sumary'] });
    expect(problem).toEqual({
      path: ['sumary'],
      message: '不认识的字段「sumary」：是不是想写「summary」（摘要）？',
    });
  });

  it('reports the closest alternative of a union, not every alternative', () => {
    const problems = explainIssue({
      code: 'invalid_union',
      path: ['sources', 0],
      message: 'x',
      errors: [
        [{ code: 'unrecognized_keys', path: ['sources', 0], message: 'x', keys: ['page'] }],
        [
          { code: 'invalid_type', path: ['sources', 0, 'kind'], message: 'x', expected: 'string' },
          { code: 'invalid_type', path: ['sources', 0, 'title'], message: 'x', expected: 'string' },
        ],
      ],
    });
    expect(problems).toEqual([
      { path: ['sources', 0, 'page'], message: '不认识的字段「page」：是不是想写「pages」（页码）？' },
    ]);
  });

  it('drops the inner key of a date field from the path', () => {
    const [problem] = explainIssue({
      code: 'custom',
      path: ['born', 'date'],
      message: '无法识别日期「春」。',
    });
    expect(problem?.path).toEqual(['born']);
  });
});
