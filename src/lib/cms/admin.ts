/**
 * The editor page's script: registers the project's file format, components and preview styles with
 * the CMS bundle (loaded before it as a classic script) and starts it with the generated config.
 */
import baseCss from '../../styles/base.css?inline';
import layersCss from '../../styles/layers.css?inline';
import tokensCss from '../../styles/tokens.css?inline';
import { editorComponents } from './components.ts';
import { entryFromFile, entryToFile } from './format.ts';

interface Cms {
  registerCustomFormat: (name: string, extension: string, format: object) => void;
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerEditorComponent: (component: object) => void;
  init: (options: { config: object }) => void;
}

const cms = (window as unknown as { CMS: Cms }).CMS;
const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as Record<
  string,
  unknown
>;

// A contributor running `npx decap-server` beside a clone edits it directly: the page is opened
// with ?local_backend=<the server's address>, accepted only on this machine's loopback.
const local = new URLSearchParams(location.search).get('local_backend');
if (local && /^http:\/\/(?:127\.0\.0\.1|localhost):\d+\/api\/v1$/.test(local)) {
  config['local_backend'] = { url: local, allowed_hosts: [location.hostname] };
  config['publish_mode'] = 'simple';
}

cms.registerCustomFormat('mdx-entry', 'mdx', {
  fromFile: (text: string) => entryFromFile(text, 'mdx'),
  toFile: (data: Record<string, unknown>, order?: string[]) => entryToFile(data, 'mdx', order),
});
cms.registerCustomFormat('yaml-entry', 'yaml', {
  fromFile: (text: string) => entryFromFile(text, 'yaml'),
  toFile: (data: Record<string, unknown>, order?: string[]) => entryToFile(data, 'yaml', order),
});
for (const css of [layersCss, tokensCss, baseCss]) cms.registerPreviewStyle(css, { raw: true });
for (const component of editorComponents) cms.registerEditorComponent(component);
cms.init({ config });
