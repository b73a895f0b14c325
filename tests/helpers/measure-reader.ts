/** Reader's-site measures: header height on a phone, first search result, JS bytes on an entry page. */
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveBuiltSite } from './built-site.ts';

const server = await serveBuiltSite();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
await page.goto(`${server.url}/`);
const header = await page.locator('[data-site-header]').boundingBox();
const searchBoxes = await page.locator('input[type=search]').count();
await page.goto(`${server.url}/search/?q=项羽`);
await page
  .locator('ol[data-results] > li')
  .first()
  .waitFor({ timeout: 15000 })
  .catch(() => {});
const first = await page.evaluate(() => {
  const el = document.querySelector('ol[data-results] > li');
  return el ? Math.round(el.getBoundingClientRect().top) : null;
});
let jsBytes = 0;
const jsFiles: string[] = [];
page.on('response', async (r) => {
  if (r.request().resourceType() === 'script') {
    jsFiles.push(r.url());
    jsBytes += (await r.body()).length;
  }
});
await page.goto(`${server.url}/worthies/xiang-yu/`, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
console.log(
  JSON.stringify(
    { headerHeight: header?.height, searchBoxes, firstResultTop: first, jsBytes, jsFiles },
    null,
    1,
  ),
);
await browser.close();
await server.close();
