/**
 * The editor page's script: registers the project's file format, components and preview styles with
 * the CMS bundle (loaded before it as a classic script) and starts it with the generated config.
 */
import baseCss from '../../styles/base.css?inline';
import layersCss from '../../styles/layers.css?inline';
import tokensCss from '../../styles/tokens.css?inline';
import { editorComponents } from './components.ts';
import { DATE_WIDGET, dateFeedback } from './date-feedback.ts';
import { entryFromFile, entryToFile, type EntryKind } from './file-format.ts';
import type { FieldShape } from './shorthand.ts';

interface WidgetProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}
/** A React element, opaque here. */
type Element = object;
type CreateElement = (type: string, props: object | null, ...children: (Element | string)[]) => Element;

interface Cms {
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  registerCustomFormat: (name: string, extension: string, format: object) => void;
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerEditorComponent: (component: object) => void;
  init: (options: { config: object }) => void;
}

const {
  CMS: cms,
  createClass,
  h,
} = window as unknown as {
  CMS: Cms;
  createClass: (spec: object) => unknown;
  h: CreateElement;
};
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

interface CollectionConfig {
  format: string;
  extension: EntryKind;
  fields: FieldShape[];
}
for (const { format, extension, fields } of config['collections'] as CollectionConfig[]) {
  cms.registerCustomFormat(format, extension, {
    fromFile: (text: string) => entryFromFile(text, extension, fields),
    toFile: (data: Record<string, unknown>, order?: string[]) => entryToFile(data, extension, order, fields),
  });
}
// A date as the sources write it, read back as the checks read it while the historian types.
const textOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const DateControl = createClass({
  render(this: { props: WidgetProps }) {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const text = textOf(value);
    const feedback = text.trim() ? dateFeedback(text) : undefined;
    const message = feedback
      ? feedback.ok
        ? `读作：${feedback.reading}`
        : feedback.message
      : '写法如 1905、前232、约1469、乾隆八年（1743）、明末。';
    return h(
      'div',
      { className: classNameWrapper },
      h('input', {
        id: forID,
        type: 'text',
        value: text,
        'aria-describedby': `${forID}-reading`,
        style: { border: 0, outline: 0, width: '100%', font: 'inherit', background: 'transparent' },
        onChange: (event: { target: { value: string } }) => {
          onChange(event.target.value);
        },
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      }),
      h(
        'p',
        {
          id: `${forID}-reading`,
          role: 'status',
          'data-date-feedback': feedback ? (feedback.ok ? 'ok' : 'error') : 'empty',
          style: { margin: '0.5em 0 0', color: feedback && !feedback.ok ? '#b00020' : '#555' },
        },
        message,
      ),
    );
  },
  isValid(this: { props: WidgetProps }) {
    const text = textOf(this.props.value).trim();
    const feedback = text ? dateFeedback(text) : undefined;
    return !feedback || feedback.ok ? true : { error: { message: feedback.message } };
  },
});
cms.registerWidget(DATE_WIDGET, DateControl);
for (const css of [layersCss, tokensCss, baseCss]) cms.registerPreviewStyle(css, { raw: true });
for (const component of editorComponents) cms.registerEditorComponent(component);
cms.init({ config });
