/**
 * Builds the local web page (issue 13) into ONE file, dist/web/index.html, that works opened
 * straight from disk (file://) and served by `register-desk web` on 127.0.0.1:
 *
 *   engine  src/web/engine/engine-entry.ts  the workbook code (core, app-free host, .xlsx package);
 *           inlined as <script id="register-desk-engine">. The page starts it as a Web Worker from
 *           a Blob of that same text, or uses it on the page when workers are refused.
 *   page    src/web/index.tsx               React, Fluent UI, the pane's components, the page.
 *
 * Nothing is fetched at run time: no other file, font or script. The content security policy
 * admits exactly the two inline scripts (by their SHA-256), the empty <style> elements Fluent UI
 * fills through CSSOM, workers from blob: URLs, images from data: URLs, and no connection at all.
 * Also written: dist/web/bundle-stats.json (bytes and gzipped bytes of each part, for the bench).
 */
'use strict';

const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');

const TEMPLATE = path.join(__dirname, 'src', 'web', 'index.html');
/** Images the pane names by path (its Header's logo); the page carries them as data: URLs. */
const INLINE_IMAGES = { 'assets/logo-filled.png': path.join(__dirname, 'assets', 'logo-filled.png') };
const ENTRIES = { engine: './src/web/engine/engine-entry.ts', page: './src/web/index.tsx' };
/** CSP source for an inline <style> whose content is empty: sha256 of "" in base64. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Script text safe inside <script>…</script>: "</script" cannot end the element early. */
function escapeForScriptElement(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: only its own two scripts, and no request of any kind leaves the page. */
function buildContentSecurityPolicy(scripts) {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256Source).join(' ')}`,
    // Fluent UI (Griffel) adds empty <style> elements and fills them through CSSOM insertRule.
    `style-src ${EMPTY_STYLE_HASH}`,
    'img-src data: blob:',
    // The engine runs as a worker made from a Blob of its own inline script.
    'worker-src blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Fills the template: the policy and both scripts. Placeholders are replaced by a function so
 * that "$&" and friends in the scripts stay as written.
 */
function renderPage(template, engine, page) {
  const scripts = [escapeForScriptElement(engine), escapeForScriptElement(page)];
  const values = {
    '%CONTENT_SECURITY_POLICY%': buildContentSecurityPolicy(scripts),
    '%ENGINE_SCRIPT%': scripts[0],
    '%PAGE_SCRIPT%': scripts[1],
  };
  return template.replace(/%(CONTENT_SECURITY_POLICY|ENGINE_SCRIPT|PAGE_SCRIPT)%/g, (marker) => values[marker]);
}

/** The page script with every path of INLINE_IMAGES, as a string literal, made a data: URL. */
function inlineImages(js) {
  let out = js;
  for (const [name, file] of Object.entries(INLINE_IMAGES)) {
    const url = `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
    const literal = new RegExp(`(["'\`])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g');
    out = out.replace(literal, () => JSON.stringify(url));
  }
  return out;
}

function sizeOf(text) {
  const bytes = Buffer.byteLength(text, 'utf8');
  return { bytes, gzip: zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length };
}

/** Replaces the two bundles by one self-contained index.html and a size report. */
class InlinePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      compilation.fileDependencies.add(TEMPLATE);
      for (const file of Object.values(INLINE_IMAGES)) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: 'InlinePagePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const scripts = Object.keys(compilation.assets).filter((name) => name.endsWith('.js')).sort();
        if (scripts.join() !== 'engine.js,page.js') {
          compilation.errors.push(new webpack.WebpackError(`the web page must build into engine.js and page.js only, got ${scripts.join(', ')}`));
          return;
        }
        const text = (name) => compilation.getAsset(name).source.source().toString();
        const engine = text('engine.js');
        const page = inlineImages(text('page.js'));
        const html = renderPage(fs.readFileSync(TEMPLATE, 'utf8'), engine, page);
        for (const name of Object.keys(compilation.assets)) compilation.deleteAsset(name);
        // Already minified script by script; minifying the page again would change the scripts
        // after their hashes were taken, and the browser would refuse to run them.
        compilation.emitAsset('index.html', new webpack.sources.RawSource(html), { minimized: true });
        const stats = { html: sizeOf(html), engine: sizeOf(engine), page: sizeOf(page) };
        compilation.emitAsset('bundle-stats.json', new webpack.sources.RawSource(`${JSON.stringify(stats, null, 2)}\n`), { minimized: true });
      });
    });
  }
}

function createWebConfig(env = {}, argv = {}) {
  const production = (argv.mode ?? env.mode) !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    // Inline scripts under a hash policy: no eval-based source maps, no separate map files.
    devtool: false,
    target: 'web',
    entry: ENTRIES,
    output: {
      path: path.join(__dirname, 'dist', 'web'),
      filename: '[name].js',
      publicPath: '',
      clean: true,
      // Two bundles share one page: keep their runtimes from meeting on the global object.
      uniqueName: 'registerDeskWeb',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.webpack.json', transpileOnly: true } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      // One file per entry: a chunk loaded later (React.lazy) would need a script file and a request.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: Object.keys(ENTRIES).length }),
      new InlinePagePlugin(),
    ],
  };
}

module.exports = createWebConfig;
module.exports.buildContentSecurityPolicy = buildContentSecurityPolicy;
module.exports.escapeForScriptElement = escapeForScriptElement;
module.exports.renderPage = renderPage;
module.exports.inlineImages = inlineImages;
