/** docs/rules.md mirrors the catalogue: a rule added or changed here must be written up there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from './catalogue';
import { RULE_CODES } from './rule-codes';

const docs = readFileSync(join(__dirname, '../../../docs/rules.md'), 'utf8');

/** The text of one rule's section: from its heading to the next heading. */
function sectionOf(code: string): string {
  const start = docs.indexOf(`#### \`${code}\``);
  if (start < 0) return '';
  const next = docs.indexOf('\n#', start + 1);
  return docs.slice(start, next < 0 ? undefined : next);
}

describe('docs/rules.md', () => {
  it.each(RULE_CODES.map((code) => [code]))('documents %s with its titles, severity and example', (code) => {
    const rule = RULES[code];
    const section = sectionOf(code);
    expect(section).toContain(rule.title.zh);
    expect(section).toContain(rule.title.en);
    expect(section).toContain(rule.severity === 'error' ? '错误 error' : '提醒 warning');
    expect(section).toContain(`错 wrong: ${rule.example.wrong}`);
    expect(section).toContain(`对 right: ${rule.example.right}`);
  });

  it('documents no rule the catalogue does not have', () => {
    const documented = [...docs.matchAll(/^#### `([^`]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual([...RULE_CODES]);
  });
});

describe('the catalogue', () => {
  it('has an entry for every code, with both languages filled in', () => {
    for (const code of RULE_CODES) {
      const rule = RULES[code];
      expect([rule.title.zh, rule.title.en, rule.description.zh, rule.description.en, rule.example.wrong, rule.example.right].every((t) => t.length > 0)).toBe(true);
    }
    expect(Object.keys(RULES).sort()).toEqual([...RULE_CODES].sort());
  });
});
