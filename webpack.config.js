/**
 * Builds the add-in into dist/: taskpane.html (the pane and, in the shared runtime, the ribbon
 * commands), the icons, the manifest and a local copy of office.js.
 *
 * Options, as `--env name=value` or environment variables (npm scripts pass the latter through):
 *   origin   / REGISTER_DESK_ORIGIN   https origin (and path) the add-in is served from; rewrites
 *                                     https://localhost:3000/ in dist/manifest.xml.
 *   officeJs / REGISTER_DESK_OFFICE_JS  "local" (default: dist/office-js/office.js) or "cdn"
 *                                     (Microsoft's appsforoffice.microsoft.com).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const SOURCE_DIR = path.join(__dirname, 'src') + path.sep;
const OFFICE_JS_PACKAGE_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_LOCAL_DIR = 'office-js';
const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN_URL = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
/** CSP source for an inline <style> whose content is empty: sha256 of "" in base64. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
/** Locale folders of office.js's own strings: English is its fallback, Chinese is our users'. */
const OFFICE_JS_LOCALES = ['en-us', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-mo', 'zh-sg'];

/**
 * The files office.js loads at run time in Excel, relative to its dist folder. office.js reads
 * the host's type, platform and version and loads `excel-<platform>-<version>.js` (or the
 * `.debug.js` twin when office.debug.js is used) and `<locale>/office_strings.js` from its own
 * folder; dialogs and pages opened outside Office take the Office 2013 path through
 * o15apptofilemappingtable.js, which loads excel-15*.js / excelwebapp-15*.js. Left out on
 * purpose: telemetry/ and ariatelemetry/ (office.js switches its logging off when they are
 * missing), webauth/ (single sign-on, unused), "-core" files (custom-functions runtime only),
 * and every other Office application.
 */
function listOfficeJsFiles(distDir = OFFICE_JS_PACKAGE_DIST) {
  const top = fs
    .readdirSync(distDir)
    .filter((name) => /^(office|o15apptofilemappingtable)(\.debug)?\.js$/.test(name) || (/^excel.*\.js$/.test(name) && !/-core(\.debug)?\.js$/.test(name)));
  const strings = OFFICE_JS_LOCALES.flatMap((locale) =>
    ['office_strings.js', 'office_strings.debug.js']
      .filter((name) => fs.existsSync(path.join(distDir, locale, name)))
      .map((name) => `${locale}/${name}`),
  );
  return [...top, ...strings].sort();
}

function readOption(env, name, variable) {
  const value = env[name] ?? process.env[variable];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The origin the manifest should name, always ending in "/"; https only, as Office requires. */
function resolveOrigin(raw) {
  if (raw === undefined) return DEV_ORIGIN;
  const origin = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(origin)) {
    throw new Error(`REGISTER_DESK_ORIGIN must be an https URL such as https://oa.example.gov.cn/register-desk/ (got "${raw}")`);
  }
  return origin;
}

function buildContentSecurityPolicy(useCdn) {
  const scripts = useCdn ? `'self' ${OFFICE_JS_CDN_ORIGIN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Fluent UI (Griffel) adds empty <style> elements and fills them through CSSOM insertRule,
    // which CSP does not police; the hash admits exactly an empty element, not inline CSS.
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function readDevCertificates() {
  const certs = require('office-addin-dev-certs/lib/defaults');
  const files = [certs.caCertificatePath, certs.localhostCertificatePath, certs.localhostKeyPath];
  if (!files.every((file) => fs.existsSync(file))) return null;
  const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
  return { ca, cert, key };
}

function buildDevServer() {
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  const certificates = readDevCertificates();
  if (!certificates) {
    console.warn(
      `[register-desk] 未找到开发证书，开发服务器改用 http://localhost:${port}（只适合在浏览器里调试；Excel 需要 https：先运行 npx office-addin-dev-certs install）。\n` +
        `[register-desk] No development certificate found: serving http://localhost:${port} (browser tests only; Excel needs https: run npx office-addin-dev-certs install first).`,
    );
  }
  return {
    port,
    host: 'localhost',
    server: certificates ? { type: 'https', options: certificates } : { type: 'http' },
    client: { overlay: { warnings: false } },
  };
}

function buildCopyPatterns({ useCdn, origin }) {
  const patterns = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => content.toString('utf8').split(DEV_ORIGIN).join(origin),
    },
  ];
  if (!useCdn) {
    for (const file of listOfficeJsFiles()) {
      // Shipped as Microsoft builds them: `minimized` keeps Terser from re-minifying 28 MB.
      patterns.push({
        from: path.join(OFFICE_JS_PACKAGE_DIST, file),
        to: `${OFFICE_JS_LOCAL_DIR}/${file}`,
        info: { minimized: true },
      });
    }
  }
  return patterns;
}

function createConfig(env = {}, argv = {}) {
  const production = argv.mode === 'production';
  const useCdn = readOption(env, 'officeJs', 'REGISTER_DESK_OFFICE_JS') === 'cdn';
  const origin = resolveOrigin(readOption(env, 'origin', 'REGISTER_DESK_ORIGIN'));
  const page = {
    template: './src/taskpane/taskpane.html',
    officeJsUrl: useCdn ? OFFICE_JS_CDN_URL : `${OFFICE_JS_LOCAL_DIR}/office.js`,
    contentSecurityPolicy: buildContentSecurityPolicy(useCdn),
  };
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    // No eval-based source maps: the page's CSP forbids eval.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
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
    optimization: {
      // One runtime, and the add-in's own modules used by both entries in one shared chunk: the
      // pane and the ribbon commands then share module instances (the result feed above all).
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          shared: {
            test: (module) => typeof module.resource === 'string' && module.resource.startsWith(SOURCE_DIR),
            chunks: 'initial',
            minChunks: 2,
            minSize: 0,
            name: 'shared',
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ ...page, filename: 'taskpane.html', chunks: ['taskpane', 'commands'] }),
      new CopyWebpackPlugin({ patterns: buildCopyPatterns({ useCdn, origin }) }),
    ],
    devServer: env.WEBPACK_SERVE ? buildDevServer() : undefined,
  };
}

module.exports = createConfig;
module.exports.listOfficeJsFiles = listOfficeJsFiles;
module.exports.resolveOrigin = resolveOrigin;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
