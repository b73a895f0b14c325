/**
 * Stops `astro build` before any work when the public address is missing or malformed (see
 * settings.ts for why). Development and preview servers never need it. The message is the
 * whole story, so it is printed alone and the build exits, without a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { addressProblem } from '../../settings.ts';

export default function requireSiteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problem = addressProblem(process.env, process.env['ARCHIVE_PREVIEW'] === '1');
        if (!problem) return;
        logger.error(`构建已停止：${problem}`);
        process.exit(1);
      },
    },
  };
}
