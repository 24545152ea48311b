/**
 * The browser-test build (npm run build:e2e → build/e2e/): the real task pane over the strict
 * in-memory Excel stand-in (test/e2e/harness), the fixture workbooks beside it, and the same
 * Content-Security-Policy as the add-in. Test-only: nothing here goes into dist/ or the add-in.
 */
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OUTPUT_DIR = path.join(__dirname, 'build', 'e2e');
/** CSP source for an inline <style> whose content is empty: sha256 of "" in base64 (Griffel adds those). */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The add-in's policy with office.js served locally: nothing but the page's own origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${EMPTY_STYLE_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function createConfig() {
  return {
    mode: 'development',
    context: __dirname,
    // No eval-based source maps: the page's CSP forbids eval.
    devtool: 'source-map',
    entry: { harness: './test/e2e/harness/harness-entry.tsx' },
    output: { path: OUTPUT_DIR, filename: '[name].js', chunkFilename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.webpack.json', transpileOnly: true, onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ template: './test/e2e/harness/harness.html', filename: 'index.html', contentSecurityPolicy: CONTENT_SECURITY_POLICY }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'test/fixtures/workbooks/layouts/*.xlsx', to: 'fixtures/layouts/[name][ext]' },
          { from: 'test/fixtures/workbooks/deadlines/*.xlsx', to: 'fixtures/deadlines/[name][ext]' },
          { from: 'test/fixtures/workbooks/features/*.xlsx', to: 'fixtures/features/[name][ext]' },
          { from: 'test/fixtures/rules/*.xlsx', to: 'fixtures/rules/[name][ext]' },
        ],
      }),
    ],
  };
}

module.exports = createConfig;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
