// npm install 的第一步（preinstall）：本机 Node 低于 24 时用一句话说明，代替 npm 的 EBADENGINE 警告
// （.npmrc 里 loglevel=error 把那些警告关掉了）。看的是运行 npm 的 Node：脚本本身可能已由项目自带的
// Node 24 运行。用 .mjs 而不是 .ts：全新安装时它由本机的 Node 运行，旧版 Node 不能直接运行 TypeScript。
import { execFileSync } from 'node:child_process';

const npmNode = process.env['npm_node_execpath'];
const version = npmNode ? execFileSync(npmNode, ['--version'], { encoding: 'utf8' }).trim() : process.version;
if (Number(version.replace(/^v/, '').split('.')[0]) < 24) {
  console.log(
    `\n本机 Node 为 ${version}，不影响使用：npm start、npm test 等脚本都会用项目自带的 Node 24（安装在 node_modules 里）。\n`,
  );
}
