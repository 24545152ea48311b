/**
 * jsdom has no TextDecoder/TextEncoder, which the .xlsx host (the local web page's host) uses;
 * browsers and Node have them. Import this first in a jsdom test that opens an .xlsx package.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder, TextEncoder });
