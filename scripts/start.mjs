#!/usr/bin/env node
/**
 * npm start: the add-in in Excel where Excel can run, the browser playground everywhere else.
 *
 *   npm start                                 Windows / macOS: Excel desktop with the add-in
 *   npm start -- web --document <url>         Excel on the web, with a document you own
 *   npm start -- --playground                 the browser playground on any system
 *
 * Excel runs through office-addin-debugging (an optional dependency), which starts the https
 * dev server (webpack serve on port 3000) and sideloads manifest.xml. On Linux no Excel can run,
 * so the playground starts instead: the same task pane over an in-memory workbook.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function usage() {
  console.log(
    [
      'npm start                              Excel desktop (Windows, macOS)',
      'npm start -- web --document <url>      Excel on the web with that document',
      'npm start -- --playground              the browser playground (any system)',
    ].join('\n'),
  );
}

/** The options the playground understands (--production, --no-build, --port N), nothing else. */
function playgroundArgs(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (['--production', '--prod', '--development', '--dev', '--no-build'].includes(a) || a.startsWith('--port='))
      out.push(a);
    else if (a === '--port') out.push(a, list[++i]);
  }
  return out;
}

async function playground(extra) {
  const { main } = await import('./playground.mjs');
  const code = await main(extra);
  if (code !== undefined) process.exit(code);
}

function excel() {
  let platform = 'desktop';
  let document;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === 'web' || a === 'desktop') platform = a;
    else if (a === '--document') document = args[++i];
    else if (a.startsWith('--document=')) document = a.slice(11);
    else rest.push(a);
  }
  if (platform === 'web' && !document) {
    console.error(
      'Excel on the web needs a document: npm start -- web --document <url of a workbook in OneDrive/SharePoint>',
    );
    console.error(
      'Excel trên web cần một tệp: npm start -- web --document <địa chỉ tệp Excel trên OneDrive/SharePoint>',
    );
    process.exit(2);
  }
  const cmd = [
    'office-addin-debugging',
    'start',
    'manifest.xml',
    platform,
    '--dev-server',
    'npx webpack serve --mode development',
    '--dev-server-port',
    '3000',
    ...(document ? ['--document', document] : []),
    ...rest,
  ];
  console.log(`> npx ${cmd.map((c) => (/\s/.test(c) ? `"${c}"` : c)).join(' ')}`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const child = spawn(npx, cmd, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => {
    if (code !== 0) {
      console.error(
        '\nKhông khởi động được Excel. Cần Excel (Microsoft 365) và gói office-addin-debugging (npm install --include=optional).',
      );
      console.error(
        'Could not start Excel. It needs Excel (Microsoft 365) and office-addin-debugging (npm install --include=optional).',
      );
      console.error('Thử bản chạy trên trình duyệt / try the browser playground: npm start -- --playground');
    }
    process.exit(code ?? 1);
  });
}

if (args.includes('--help') || args.includes('-h')) {
  usage();
} else if (args.includes('--playground')) {
  await playground(playgroundArgs(args));
} else if (process.platform === 'win32' || process.platform === 'darwin') {
  excel();
} else {
  const web = args[0] === 'web';
  console.log(
    [
      web
        ? 'Excel trên web cần trình duyệt có đăng nhập Microsoft 365 và tải phần bổ trợ lên từ máy này; máy Linux này không làm được việc đó.'
        : 'Máy này chạy Linux: không có Excel để mở phần bổ trợ.',
      'Đang mở bản chạy thử trên trình duyệt: cùng khung bổ trợ, với một sổ làm việc trong bộ nhớ.',
      '',
      web
        ? 'Excel on the web needs a signed-in Microsoft 365 browser session to sideload into; this Linux machine cannot do that.'
        : 'This is Linux: no Excel can run here to host the add-in.',
      'Starting the browser playground instead: the same task pane over an in-memory workbook.',
      '',
    ].join('\n'),
  );
  await playground(playgroundArgs(args));
}
