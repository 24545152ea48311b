/**
 * The command line's launcher starts Node with flags on its `#!` line (a small young generation,
 * an old generation grown by half; see bin/register-desk.js), and the bench measures the command
 * line's memory with the flags read from that line. The line must keep a form both read, and the
 * system must pass the flags on.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { binNodeFlags } from '../../bench/lib/bin-flags';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'register-desk.js');

describe("the launcher's Node flags", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'launcher-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const script = (name: string, text: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    chmodSync(file, 0o755);
    return file;
  };

  it('are read from the launcher as the bench reads them', () => {
    expect(binNodeFlags(BIN)).toEqual(['--max-semi-space-size=4', '--heap-growing-percent=50']);
    expect(binNodeFlags(script('plain.js', '#!/usr/bin/env node\n'))).toEqual([]);
    expect(binNodeFlags(script('two.js', '#!/usr/bin/env -S node --a=1 --b\n'))).toEqual(['--a=1', '--b']);
    expect(() => binNodeFlags(script('other.js', '#!/bin/sh\n'))).toThrow(/first line/);
  });

  (process.platform === 'win32' ? it.skip : it)('reach Node when the launcher is run as a program', () => {
    const firstLine = readFileSync(BIN, 'utf8').split('\n', 1)[0];
    const probe = script('probe.js', `${firstLine}\nprocess.stdout.write(JSON.stringify(process.execArgv));\n`);
    expect(JSON.parse(execFileSync(probe, { encoding: 'utf8' }))).toEqual(binNodeFlags(BIN));
  });
});
