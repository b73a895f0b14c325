/**
 * The web editor, offline: Chromium drives /admin/ against the CMS's local backend (decap-server)
 * writing into a temporary git clone. A worthy created in the form lands in the clone as a file
 * that passes `npm run check`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/lib/checks/source-file.ts';
import { COLLECTION_FILES } from '../../src/schemas/index.ts';
import { openBuiltSite } from '../helpers/built-site.ts';
import { buildFixtureSite } from '../helpers/fixture-build.ts';
import { startLocalBackend, type LocalBackend } from '../helpers/decap-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, '.github', 'contributing', 'editor');
const session = openBuiltSite();
let clone: string;
let backend: LocalBackend;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'editor-'));
  clone = join(work, 'clone');
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, clone]);
  backend = await startLocalBackend(clone);
  await sharp({ create: { width: 40, height: 50, channels: 3, background: '#8a6d3b' } })
    .jpeg()
    .toFile(join(work, 'portrait.jpg'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => {
  backend.close();
  rmSync(work, { recursive: true, force: true });
});

/** Picks `option` in the react-select labelled `label` (type to search, then choose). */
async function choose(page: Page, label: string, option: string, search = option) {
  const input = page.getByLabel(label, { exact: false }).first();
  await input.click();
  await input.pressSequentially(search);
  await page.getByRole('option', { name: option, exact: false }).first().click();
}

describe('web editor against a local backend', () => {
  it('creates a worthy with a reign-era birth date, a relation and a portrait', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const admin = `${session.server.url}/admin/?local_backend=${encodeURIComponent(backend.url)}`;
    await page.goto(admin);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('乡贤').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, '1-collections.png') });

    await page.goto(`${admin}#/collections/worthies/new`);
    await page.getByLabel('文件名（拼音）').fill('mou-jia');
    await page.getByLabel('通行的姓名（name）').fill('某甲');
    await choose(page, '性别（sex）', '男');
    const born = page.getByLabel('采用的日期（date）').first();
    await born.fill('乾隆九十年');
    const bornFeedback = page.locator(`[id="${await born.getAttribute('id')}-reading"]`);
    await expect.poll(() => bornFeedback.textContent(), { timeout: 10_000 }).toContain('乾隆只有六十年');
    await born.fill('乾隆八年（1743）');
    await expect.poll(() => bornFeedback.textContent(), { timeout: 10_000 }).toBe('读作：乾隆八年（1743）');
    await born.evaluate((input) => {
      input.scrollIntoView({ block: 'center' });
    });
    await page.screenshot({ path: join(SCREENSHOTS, '2-date-feedback.png') });
    await choose(page, '与本市的关系（connection）', '本籍');
    await choose(page, '类别（categories）', '文化');

    await page.getByRole('button', { name: /新增人物关系/ }).click();
    await choose(page, '对方是我的什么人', '友人');
    await choose(page, '对方在本库中的条目', '项伯');

    await page
      .getByRole('button', { name: /选择图片|选择|上传/ })
      .first()
      .click();
    await page.locator('input[type=file]').setInputFiles(join(work, 'portrait.jpg'));
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByLabel('替代文字（alt）').fill('某甲画像，测试用色块');
    await page.getByLabel('作者或来源（credit）').fill('测试生成');
    await page.getByLabel('许可（license）').fill('CC0');
    await page.getByLabel('一两句话的简介（summary）').fill('测试用人物，由编辑器测试在临时仓库中生成。');
    await page.getByRole('button', { name: /新增来源/ }).click();
    await choose(page, '文献库', 'S01', 'S01');
    await page.screenshot({ path: join(SCREENSHOTS, '3-new-worthy.png'), fullPage: false });

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('立即发布').click();
    const file = join(clone, 'content/worthies/mou-jia.mdx');
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '4-saved.png') });
    await page.close();

    const text = readFileSync(file, 'utf8');
    const data = parseSourceFile(text, 'mdx').data as Record<string, unknown>;
    expect(data).toMatchObject({
      name: '某甲',
      born: { date: '乾隆八年（1743）' },
      relations: [{ role: '友人', to: 'xiang-bo' }],
      portrait: { alt: '某甲画像，测试用色块', credit: '测试生成', license: 'CC0' },
      sources: [{ id: 'S01' }],
    });
    const portrait = (data['portrait'] as { src: string }).src;
    expect(existsSync(join(clone, 'content/worthies', portrait))).toBe(true);
    const check = spawnSync('npm', ['run', 'check'], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: join(clone, 'content') },
      encoding: 'utf8',
    });
    expect(check.stdout + check.stderr).not.toMatch(/mou-jia/);
    expect(check.status).toBe(0);
  });

  it('the built site shows the new page', { timeout: 600_000 }, async () => {
    // The archive alone, away from the clone's tsconfig.json (which names packages the clone lacks).
    const content = join(work, 'content');
    cpSync(join(clone, 'content'), content, { recursive: true });
    const site = await buildFixtureSite(content);
    try {
      const html = site.page('/worthies/mou-jia/');
      expect(html).toBeDefined();
      expect(html).toContain('某甲');
      expect(html).toContain('乾隆八年');
      expect(html).toContain('测试生成');
    } finally {
      rmSync(site.outDir, { recursive: true, force: true });
    }
  });

  /** The first entry of each collection, opened in the editor. */
  const existing = Object.entries(COLLECTION_FILES).flatMap(([collection, { folder, extension }]) => {
    const file = readdirSync(join(ROOT, 'content', folder))
      .filter((f) => f.endsWith(`.${extension}`) && !f.startsWith('_'))
      .sort()[0];
    return file ? [[collection, file, join(ROOT, 'content', folder, file), extension] as const] : [];
  });

  it.each(existing)(
    'opens the existing %s entry %s, short forms and all',
    async (collection, file, path, kind) => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const admin = `${session.server.url}/admin/?local_backend=${encodeURIComponent(backend.url)}`;
      await page.goto(admin);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('乡贤').first().waitFor();
      await page.goto(`${admin}#/collections/${collection}/entries/${file.replace(/\.[^.]+$/, '')}`);
      const data = parseSourceFile(readFileSync(path, 'utf8'), kind).data as Record<string, unknown>;
      const display = 'name' in data ? 'name' : 'title';
      await expect
        .poll(() => page.getByLabel(`（${display}）`).first().inputValue(), { timeout: 30_000 })
        .toBe(String(data[display]));
      expect(await page.getByText('程序发生了一个错误').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
