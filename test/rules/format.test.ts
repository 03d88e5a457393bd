import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { allRules, check } from '../../src/core/rules/index.ts';
import { formatters, type FileReport } from '../../src/cli/format/index.ts';

const text = 'FROM golang:latest AS Build\nWORKDIR app\nCOPY . .\nRUN go build -o /app .\nCMD /app --port 8080\nEXPOSE 8080/TCP\n';
const reports: FileReport[] = [{ path: 'svc/Dockerfile', text, findings: check({ text }) }];
const options = { color: false, rules: allRules, toolVersion: '0.1.0' };

describe('output formats', () => {
  it('has findings to format', async () => {
    expect(reports[0]!.findings.length).toBeGreaterThan(3);
  });
  it('sarif validates against the SARIF 2.1.0 schema and keeps 1-based regions and fixes', async () => {
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    const log = JSON.parse((await formatters['sarif']!())(reports, options));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'WorkdirRelativePath');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(result.locations[0].physicalLocation.region.startColumn).toBe(1);
    expect(log.runs[0].tool.driver.rules).toHaveLength(allRules.length);
    expect(log.runs[0].results.some((r: { fixes?: unknown[] }) => r.fixes?.length)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
  it('json carries 0-based LSP ranges', async () => {
    const doc = JSON.parse((await formatters['json']!())(reports, options));
    const f = doc.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'WorkdirRelativePath');
    expect(f.range.start).toEqual({ line: 1, character: 0 });
  });
  it('github prints one escaped annotation per finding', async () => {
    const out = (await formatters['github']!())(reports, options).trim().split('\n');
    expect(out).toHaveLength(reports[0]!.findings.length);
    expect(out.find((l) => l.includes('title=DL3007'))).toMatch(/^::warning file=svc\/Dockerfile,line=1,col=1,/);
    expect(out.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
  });
  it('checkstyle is well-formed XML with escaped messages', async () => {
    const out = (await formatters['checkstyle']!())([{ path: 'a&b/Dockerfile', text, findings: reports[0]!.findings }], options);
    expect(out).toContain('<file name="a&amp;b/Dockerfile">');
    expect(out.match(/<error /g)).toHaveLength(reports[0]!.findings.length);
    expect(out).not.toMatch(/message="[^"]*[<>][^"]*"/);
  });
  it('gitlab code quality has unique fingerprints and mapped severities', async () => {
    const issues = JSON.parse((await formatters['gitlab']!())(reports, options));
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.every((i: { severity: string }) => ['info', 'minor', 'major', 'critical'].includes(i.severity))).toBe(true);
  });
  it('text shows location, rule, a code frame and the URL', async () => {
    const out = (await formatters['text']!())(reports, options);
    expect(out).toContain('svc/Dockerfile:2:1 warning WorkdirRelativePath');
    expect(out).toContain('> 2 | WORKDIR app');
    expect(out).toContain('https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/');
    expect(out).toMatch(/1 file checked: \d+ problems/);
  });
});
