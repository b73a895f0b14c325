/**
 * The CMS configuration, generated from the schemas at build time: one collection per content
 * folder, its fields walked from the zod schema, labels and hints from the schemas' JSDoc.
 */
import { z } from 'astro/zod';
import { historicalDateSchema } from '../../schemas/date.ts';
import { COLLECTION_FILES, collectionSchemas, type CollectionName } from '../../schemas/index.ts';
import { COLLECTION_LABELS } from '../sections.ts';
import type { FieldDoc } from './docs.ts';
import { fieldsOf, objectShape, type CmsField, type WalkContext } from './cms-fields.ts';
import { BODY_FIELD } from './file-format.ts';

export interface CmsOptions {
  docs: readonly FieldDoc[];
  bibliography: readonly { id: string; title: string }[];
  /** Git host settings; the local backend is used when a contributor runs `decap-server`. */
  backend: Record<string, unknown>;
  /** The site's address of `/admin/` and the entries' site URL. */
  siteUrl: string;
}

/** The schemas built with stand-in helpers whose results the walk can recognise. */
export function schemasForEditor() {
  const images = new WeakSet<object>();
  const references = new WeakMap<object, CollectionName>();
  const schemas = collectionSchemas({
    image: () => {
      const s = z.string();
      images.add(s);
      return s;
    },
    reference: (collection) => {
      const s = z.string();
      references.set(s, collection);
      return s;
    },
  });
  return { schemas, images, references };
}

/** The editor-only field holding the file name, which the checks want as the name's pinyin. */
export function fileNameField(): CmsField {
  return {
    name: 'file',
    label: '文件名（拼音）',
    widget: 'string',
    // Entries opened for editing already have their file; only a new entry needs one.
    required: false,
    hint: '新条目必填：新条目的文件名，也是网址的一部分：名称的小写拼音，用连字符连接，如 xiang-yu、su-cheng-qu。保存后不能再改。',
    pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', '只用小写拼音字母、数字和连字符，如 xiang-yu。'],
  };
}

export function cmsCollections(options: Pick<CmsOptions, 'docs' | 'bibliography'>) {
  const { schemas, images, references } = schemasForEditor();
  const displayField = (collection: CollectionName): string => {
    const shape = objectShape(schemas[collection]);
    return shape && 'name' in shape ? 'name' : 'title';
  };
  const ctx: WalkContext = {
    docs: options.docs,
    images,
    references,
    bibliography: options.bibliography,
    displayField,
    dateText: objectShape(historicalDateSchema)?.['date'],
  };
  return Object.entries(COLLECTION_FILES).map(([name, { folder, extension }]) => {
    const collection = name as keyof typeof COLLECTION_FILES;
    const shape = objectShape(schemas[collection]) ?? {};
    const fields = [fileNameField(), ...fieldsOf(shape, ctx)];
    if (extension === 'mdx') {
      fields.push({
        name: BODY_FIELD,
        label: '正文',
        widget: 'markdown',
        required: false,
        // Raw first: the text stays exactly as written (MDX components, [[链接]], [@S01]).
        modes: ['raw', 'rich_text'],
        hint: '正文用 Markdown 书写；出处写 [@S01]，链接其他条目写 [[名称]]，可用工具栏插入「异说」「图片」组件。',
      });
    }
    const display = displayField(collection);
    return {
      name: collection,
      label: COLLECTION_LABELS[collection] ?? collection,
      folder: `content/${folder}`,
      extension,
      // Registered by admin.ts for this collection: the project's format with its short forms.
      format: `${collection}-entry`,
      create: true,
      delete: false,
      identifier_field: display,
      slug: '{{fields.file}}',
      summary: `{{${display}}}`,
      // Images sit beside the entry, as the schemas expect (./file.jpg).
      media_folder: '',
      public_folder: '',
      fields,
    };
  });
}

/** The whole configuration passed to `CMS.init`. */
export function cmsConfig(options: CmsOptions) {
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: options.backend,
    // Drafts go through review: each entry becomes a pull request (open authoring for forks).
    publish_mode: 'editorial_workflow',
    media_folder: 'content/media',
    site_url: options.siteUrl,
    show_preview_links: false,
    collections: cmsCollections(options),
  };
}
