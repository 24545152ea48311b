/**
 * `npm start`: sideloads the add-in into desktop Excel with Microsoft's office-addin-debugging
 * when this machine can (Windows or macOS with Excel installed); anywhere else it explains, in
 * Chinese and English, how to sideload by hand and how to run only the dev server, and exits 0.
 *
 * Before any Office tooling runs, its usage-data collection is switched off: the tools read the
 * level from ~/office-addin-usage-data.json (group "office-addin-usage-data"), the same file
 * `npx office-addin-usage-data off` writes.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const USAGE_DATA_FILE = 'office-addin-usage-data.json';
const USAGE_DATA_GROUP = 'office-addin-usage-data';

/** Writes usageDataLevel "off" for the Office add-in tools, keeping any other settings there. */
function turnOffUsageData(homeDir = os.homedir()) {
  const file = path.join(homeDir, USAGE_DATA_FILE);
  let data = {};
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed;
  } catch {
    // Missing or unreadable: start a fresh file rather than fail the start.
  }
  const instances = data.usageDataInstances && typeof data.usageDataInstances === 'object' ? data.usageDataInstances : {};
  const group = instances[USAGE_DATA_GROUP] && typeof instances[USAGE_DATA_GROUP] === 'object' ? instances[USAGE_DATA_GROUP] : {};
  const next = { ...data, usageDataInstances: { ...instances, [USAGE_DATA_GROUP]: { ...group, usageDataLevel: 'off' } } };
  fs.writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return file;
}

function isExcelInstalled(platform = process.platform) {
  if (platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (platform === 'win32') {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
    return spawnSync('reg', ['query', key], { stdio: 'ignore' }).status === 0;
  }
  return false;
}

const EXPLANATION = `
台账助手：这台电脑不能自动把加载项装进 Excel（需要装有 Excel 的 Windows 或 macOS）。

手动旁加载（侧载）到 Windows 版 Excel，不需要 Microsoft 365：
  1. 在一台电脑上共享一个文件夹（例如 \\\\服务器\\addins），把 manifest.xml 复制进去；
  2. Excel → 文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录（Trusted Add-in
     Catalogs）：在“目录 URL”中填入共享文件夹的网络路径，点“添加目录”，勾选“显示在菜单中”，
     确定后关闭并重新打开 Excel；
  3. 插入 → 我的加载项 → 共享文件夹 → 台账助手 → 添加。
  manifest.xml 里的地址（https://localhost:3000）必须能在那台电脑上打开，并使用它信任的证书。
  详见 docs/deployment.md。

只运行开发服务器：   npm run dev-server
  （找到 office-addin-dev-certs 证书时为 https://localhost:3000，否则为 http://localhost:3000，
   可在浏览器中打开 taskpane.html 调试界面）
构建发布文件：       npm run build   （输出在 dist/）
没有 Excel 2021 及以上版本或使用 WPS 时，请使用命令行：node bin/register-desk.js --help

Register Desk: this machine cannot sideload the add-in into Excel (that needs Windows or macOS
with Excel installed).

Sideload into Excel on Windows by hand, without Microsoft 365:
  1. Share a folder (for example \\\\server\\addins) and copy manifest.xml into it;
  2. Excel → File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs:
     enter the folder's network path as Catalog Url, choose Add catalog, tick Show in Menu,
     OK, then close and reopen Excel;
  3. Insert → My Add-ins → SHARED FOLDER → Register Desk → Add.
  The address in manifest.xml (https://localhost:3000) must open on that PC with a certificate
  it trusts. See docs/deployment.md.

Run only the dev server:  npm run dev-server
  (https://localhost:3000 when office-addin-dev-certs certificates exist, else
   http://localhost:3000, where taskpane.html can be opened in a browser)
Build for deployment:     npm run build   (output in dist/)
Without Excel 2021 or later, or with WPS, use the command line: node bin/register-desk.js --help
`;

/** What `npm start` does on a given machine. */
function planStart({ platform, excelInstalled }) {
  if ((platform === 'win32' || platform === 'darwin') && excelInstalled) {
    return {
      kind: 'sideload',
      command: process.execPath,
      args: [require.resolve('office-addin-debugging/cli.js'), 'start', 'manifest.xml', 'desktop', '--app', 'excel'],
    };
  }
  return { kind: 'explain', message: EXPLANATION };
}

function main() {
  const plan = planStart({ platform: process.platform, excelInstalled: isExcelInstalled() });
  if (plan.kind === 'explain') {
    console.log(plan.message);
    return 0;
  }
  const file = turnOffUsageData();
  console.log(`Office add-in tools: usage data off (${file})`);
  const result = spawnSync(plan.command, plan.args, { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

module.exports = { planStart, turnOffUsageData, isExcelInstalled, EXPLANATION };

if (require.main === module) process.exitCode = main();
