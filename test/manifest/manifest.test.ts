/**
 * The add-in manifest, checked offline: what Office would refuse (malformed XML, elements out of
 * schema order, dangling resource ids, over-long strings) and what this add-in promises (Excel
 * 2021+ with a shared runtime, three Home-tab buttons, zh-CN first with English beside it, no
 * other origin than its own, only files the build produces).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_NAMES } from '../../src/commands/result-feed';
import { REQUIRED_SETS } from '../../src/hosts/excel';
import { childrenNamed, listElements, onlyChild, parseXml, type XmlElement } from './xml-tree';
import { ROOT, listCopiedOutputs, listHtmlOutputs, loadWebpackConfig } from './webpack-outputs';

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const root = parseXml(source);
const all = listElements(root);
const overrides = onlyChild(root, 'VersionOverrides');
const resources = onlyChild(overrides, 'Resources');
const workbookHost = onlyChild(onlyChild(overrides, 'Hosts'), 'Host');
const formFactor = onlyChild(workbookHost, 'DesktopFormFactor');
const group = onlyChild(onlyChild(onlyChild(formFactor, 'ExtensionPoint'), 'OfficeTab'), 'Group');
const controls = childrenNamed(group, 'Control');

const CJK = /[\u4e00-\u9fff]/;

function resourceMap(kind: string): Map<string, XmlElement> {
  const entries = onlyChild(resources, kind).children.map((e): [string, XmlElement] => [e.attributes.id, e]);
  return new Map(entries);
}

const images = resourceMap('Images');
const urls = resourceMap('Urls');
const shortStrings = resourceMap('ShortStrings');
const longStrings = resourceMap('LongStrings');

function urlOf(resid: string): string {
  const url = urls.get(resid);
  if (!url) throw new Error(`No bt:Url "${resid}"`);
  return url.attributes.DefaultValue;
}

function localChildNames(element: XmlElement): string[] {
  return element.children.map((c) => c.local);
}

/** True when `names` appear in `actual` in the same relative order (others may sit between). */
function inSchemaOrder(actual: string[], names: string[]): boolean {
  const positions = names.map((n) => actual.indexOf(n)).filter((i) => i >= 0);
  return positions.every((p, i) => i === 0 || p > positions[i - 1]);
}

describe('manifest.xml', () => {
  it('is a well-formed task pane add-in manifest for Excel only', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.uri).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(childrenNamed(onlyChild(root, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(workbookHost.attributes['xsi:type']).toBe('Workbook');
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  });

  it('has a GUID as its Id and a four-part version', () => {
    expect(onlyChild(root, 'Id').text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(onlyChild(root, 'Version').text.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it('keeps the elements Office reads in the order its schema demands', () => {
    expect(
      inSchemaOrder(localChildNames(root), [
        'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
        'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
        'Permissions', 'VersionOverrides',
      ]),
    ).toBe(true);
    expect(localChildNames(workbookHost)).toEqual(['Runtimes', 'DesktopFormFactor']);
    expect(localChildNames(formFactor)).toEqual(['FunctionFile', 'ExtensionPoint']);
    expect(localChildNames(group)).toEqual(['Label', 'Icon', 'Control', 'Control', 'Control']);
    for (const control of controls) expect(localChildNames(control)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
  });

  it('asks for ReadWriteDocument and names no other domain', () => {
    expect(onlyChild(root, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(all.filter((e) => e.local === 'AppDomains' || e.local === 'AppDomain')).toEqual([]);
  });

  const declaredSets = new Map(
    childrenNamed(onlyChild(onlyChild(root, 'Requirements'), 'Sets'), 'Set').map((s): [string, string] => [
      s.attributes.Name,
      s.attributes.MinVersion,
    ]),
  );

  it('requires ExcelApi 1.12 (Excel 2021 and later) and the shared runtime', () => {
    expect([...declaredSets].sort()).toEqual([
      ['ExcelApi', '1.12'],
      ['SharedRuntime', '1.1'],
    ]);
  });

  it('declares every requirement set the Excel host needs, at least at the version it needs', () => {
    const parts = (version: string): number[] => version.split('.').map(Number);
    const atLeast = (declared: string, needed: string): boolean => {
      const [a, b] = [parts(declared), parts(needed)];
      return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
    };
    expect(REQUIRED_SETS.length).toBeGreaterThan(0);
    for (const set of REQUIRED_SETS) {
      const declared = declaredSets.get(set.name);
      expect({ set: set.name, declared: declared !== undefined && atLeast(declared, set.minVersion) }).toEqual({
        set: set.name,
        declared: true,
      });
    }
  });

  it('runs the pane and the ribbon commands in one long-lived runtime', () => {
    const runtime = onlyChild(onlyChild(workbookHost, 'Runtimes'), 'Runtime');
    expect(runtime.attributes).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(onlyChild(formFactor, 'FunctionFile').attributes.resid).toBe('Taskpane.Url');
    const defaultPage = onlyChild(onlyChild(root, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue;
    expect(defaultPage).toBe(urlOf('Taskpane.Url'));
    expect(new URL(defaultPage).pathname).toBe('/taskpane.html');
  });

  it('puts a 台账助手 group with three buttons on the Home tab', () => {
    expect(onlyChild(onlyChild(formFactor, 'ExtensionPoint'), 'OfficeTab').attributes.id).toBe('TabHome');
    expect(shortStrings.get(onlyChild(group, 'Label').attributes.resid)?.attributes.DefaultValue).toBe('台账助手');
    const described = controls.map((control) => {
      const action = onlyChild(control, 'Action');
      return {
        type: control.attributes['xsi:type'],
        label: shortStrings.get(onlyChild(control, 'Label').attributes.resid)?.attributes.DefaultValue,
        action: action.attributes['xsi:type'],
        target:
          action.attributes['xsi:type'] === 'ExecuteFunction'
            ? onlyChild(action, 'FunctionName').text.trim()
            : onlyChild(action, 'SourceLocation').attributes.resid,
      };
    });
    expect(described).toEqual([
      { type: 'Button', label: '打开台账助手', action: 'ShowTaskpane', target: 'Taskpane.Url' },
      { type: 'Button', label: '标记逾期', action: 'ExecuteFunction', target: 'highlightOverdue' },
      { type: 'Button', label: '清除标记', action: 'ExecuteFunction', target: 'clearHighlights' },
    ]);
  });

  it('names exactly the functions the commands bundle associates', () => {
    const functionNames = all.filter((e) => e.local === 'FunctionName').map((e) => e.text.trim());
    expect(functionNames.sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('defaults to zh-CN and gives every name, label and tip an en-US twin', () => {
    expect(onlyChild(root, 'DefaultLocale').text.trim()).toBe('zh-CN');
    const localised = [
      onlyChild(root, 'DisplayName'),
      onlyChild(root, 'Description'),
      ...shortStrings.values(),
      ...longStrings.values(),
    ];
    for (const element of localised) {
      const english = element.children.filter((c) => c.local === 'Override' && c.attributes.Locale === 'en-US');
      expect({ id: element.attributes.id ?? element.local, zh: CJK.test(element.attributes.DefaultValue) }).toEqual({
        id: element.attributes.id ?? element.local,
        zh: true,
      });
      expect(english).toHaveLength(1);
      expect(english[0].attributes.Value).not.toMatch(CJK);
      expect(english[0].attributes.Value.trim()).not.toBe('');
    }
    expect(onlyChild(root, 'DisplayName').children[0].attributes.Value).toBe('Register Desk');
  });

  it('keeps strings and resource ids within the schema limits', () => {
    const lengthOf = (text: string): number => [...text].length;
    for (const [id, s] of shortStrings) {
      expect(lengthOf(id)).toBeLessThanOrEqual(32);
      for (const value of [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)]) {
        expect(lengthOf(value)).toBeLessThanOrEqual(125);
      }
    }
    const longTexts = [...longStrings.values(), onlyChild(root, 'Description')];
    for (const s of longTexts) {
      for (const value of [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)]) {
        expect(lengthOf(value)).toBeLessThanOrEqual(250);
      }
    }
    for (const id of [...images.keys(), ...urls.keys(), ...longStrings.keys()]) expect(lengthOf(id)).toBeLessThanOrEqual(32);
    for (const control of [group, ...controls]) expect(lengthOf(control.attributes.id)).toBeLessThanOrEqual(125);
  });

  it('refers only to resources it defines, of the right kind', () => {
    const kindOf = (element: XmlElement, parent: XmlElement | undefined): Map<string, XmlElement> => {
      if (element.local === 'Image') return images;
      if (['Runtime', 'FunctionFile', 'SourceLocation'].includes(element.local)) return urls;
      if (element.local === 'Description' && parent?.local === 'Supertip') return longStrings;
      return shortStrings;
    };
    const parentOf = new Map<XmlElement, XmlElement>();
    for (const element of all) for (const child of element.children) parentOf.set(child, element);
    const references = all.filter((e) => e.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) {
      const pool = kindOf(reference, parentOf.get(reference));
      expect({ resid: reference.attributes.resid, found: pool.has(reference.attributes.resid) }).toEqual({
        resid: reference.attributes.resid,
        found: true,
      });
    }
  });

  it('points every URL at one https origin and at a file the production build writes', () => {
    const config = loadWebpackConfig();
    const produced = new Set([...listHtmlOutputs(config), ...listCopiedOutputs(config)]);
    const values = all.flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value]).filter((v): v is string => v !== undefined);
    const found = values.filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(found.length).toBeGreaterThanOrEqual(7);
    for (const value of found) {
      const url = new URL(value);
      expect(url.origin).toBe('https://localhost:3000');
      expect({ url: value, produced: produced.has(url.pathname.slice(1)) }).toEqual({ url: value, produced: true });
    }
  });

  it('has the build rewrite every URL when an intranet origin is given', () => {
    const config = loadWebpackConfig({ origin: 'https://oa.example.gov.cn/register-desk' });
    const copy = config.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin') as {
      patterns: Array<{ from: string; transform?: (content: Buffer) => string }>;
    };
    const manifestPattern = copy.patterns.find((p) => p.from === 'manifest.xml');
    const rewritten = manifestPattern?.transform?.(Buffer.from(source, 'utf8')) ?? '';
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('https://oa.example.gov.cn/register-desk/taskpane.html');
    expect(() => parseXml(rewritten)).not.toThrow();
  });
});
