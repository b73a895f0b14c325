/**
 * Share images (posters and og:image cards) at build time. The images themselves are static
 * endpoints (src/pages/og/, src/pages/posters/) that draw through ./pipeline.ts; this integration
 * tells them where the cache lives (Astro's cacheDir) and reports counts and timings at the end
 * of the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resetStats, stats } from '../render/images/stats.ts';

const VIRTUAL = 'virtual:xiangxian/share-images';

export default function shareImages(): AstroIntegration {
  return {
    name: 'share-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const cacheDir = fileURLToPath(new URL('xiangxian-images/', config.cacheDir));
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'xiangxian-share-images-config',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL}`
                    ? `export const cacheDir = ${JSON.stringify(cacheDir)};\nexport const root = ${JSON.stringify(root)};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        resetStats();
      },
      'astro:build:done': ({ logger }) => {
        const s = stats();
        if (s.images === 0) return;
        logger.info(
          `分享图片 ${s.images} 张（海报 ${s.posters}，卡片 ${s.cards}）：新绘制 ${s.drawn}，取自缓存 ${s.cached}；` +
            `用时 ${Math.round(s.ms)} ms（其中计算缓存键 ${Math.round(s.hashMs)} ms，字体子集 ${Math.round(s.fontMs)} ms）`,
        );
      },
    },
  };
}
