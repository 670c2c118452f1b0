/**
 * What else Terraform refuses in an override file (configs/module.go, mergeFile), through the CLI: an override of a
 * data resource, module call, output or aliased provider configuration no primary file declares, and a `moved` or
 * `import` block. Each is a parse-error at its name, in `.tf` and `.tf.json` override files alike; what Terraform
 * accepts (a provider's default configuration with no base, a block a primary file of either syntax declares) is not.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = "allow"\n}\n';
const BLOCKS = 'data "auth0_client" "d" {\n  name = "x"\n}\nmodule "m" {\n  source = "./m"\n}\noutput "o" {\n  value = 1\n}\nprovider "auth0" {\n  alias = "eu"\n}\n';
const missing = (kind: string, name: string, a = 'a') =>
  `invalid Terraform: the override file sets the ${kind} "${name}", which no other file of the module declares; Terraform refuses an override of ${a} ${kind} that is not declared`;

const compact = async (files: Record<string, string>, args = ['.']) => {
  const r = await runCli([...args, '-f', 'compact'], { cwd: tempTree(files) });
  return { code: r.code, lines: r.stdout.trim().split('\n').filter((l) => l.includes(': error: ') || l.includes(': warning: ')) };
};

describe('an override file', () => {
  it('that sets a data resource, module call, output or aliased provider no other file declares: a parse-error at each name', async () => {
    const r = await compact({ 'main.tf': MAIN, 'override.tf': BLOCKS });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `override.tf:1:21: error: ${missing('data resource', 'auth0_client.d')} [parse-error]`,
      `override.tf:4:8: error: ${missing('module call', 'm')} [parse-error]`,
      `override.tf:7:8: error: ${missing('output', 'o', 'an')} [parse-error]`,
      `override.tf:10:10: error: ${missing('aliased provider configuration', 'auth0.eu', 'an')} [parse-error]`,
    ]);
  });

  it('a .tf.json override file is read the same way, each at its name (arrays of blocks too)', async () => {
    const json =
      '{\n  "data": {"auth0_client": {"d": {"name": "x"}}},\n  "module": [{"m": {"source": "./m"}}],\n  "output": {"o": {"value": 1}},\n  "provider": {"auth0": [{"domain": "x"}, {"alias": "eu"}]}\n}\n';
    const r = await compact({ 'main.tf': MAIN, 'x_override.tf.json': json });
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.split(': error: ')[0])).toEqual(['x_override.tf.json:2:29', 'x_override.tf.json:3:15', 'x_override.tf.json:4:14', 'x_override.tf.json:5:16']);
    expect(r.lines[3]).toContain(missing('aliased provider configuration', 'auth0.eu', 'an'));
  });

  it('that sets what a primary file declares, in .tf or .tf.json, is merged: no finding', async () => {
    expect(await compact({ 'main.tf': MAIN, 'base.tf': BLOCKS, 'override.tf': BLOCKS })).toEqual({ code: 0, lines: [] });
    const base = '{"data":{"auth0_client":{"d":{"name":"x"}}},"module":{"m":{"source":"./m"}},"output":{"o":{"value":1}},"provider":{"auth0":{"alias":"eu"}}}\n';
    expect(await compact({ 'main.tf': MAIN, 'base.tf.json': base, 'override.tf': BLOCKS })).toEqual({ code: 0, lines: [] });
  });

  it('that sets a data resource declared inside a check block (.tf or .tf.json) is merged: Terraform adds it to the data resources', async () => {
    const check = 'check "login" {\n  data "http" "h" {\n    url = "https://x"\n  }\n  assert {\n    condition     = true\n    error_message = "x"\n  }\n}\n';
    const over = 'data "http" "h" {\n  url = "https://y"\n}\n';
    expect(await compact({ 'main.tf': `${check}${MAIN}` , 'override.tf': over })).toEqual({ code: 0, lines: [] });
    const json = '{"check": {"login": {"data": {"http": {"h": {"url": "https://x"}}}, "assert": {"condition": true, "error_message": "x"}}}}\n';
    expect(await compact({ 'main.tf': MAIN, 'checks.tf.json': json, 'override.tf': over })).toEqual({ code: 0, lines: [] });
    expect(await compact({ 'main.tf': `${check}${MAIN}`, 'x_override.tf.json': '{"data": {"http": {"h": {"url": "https://y"}}}}\n' })).toEqual({ code: 0, lines: [] });
    // another name is still no base; a check block of an override file is not what Terraform's mergeFile reads
    const other = await compact({ 'main.tf': `${check}${MAIN}`, 'override.tf': 'data "http" "g" {\n  url = "https://y"\n}\n' });
    expect(other.lines).toEqual([`override.tf:1:13: error: ${missing('data resource', 'http.g')} [parse-error]`]);
    expect(await compact({ 'main.tf': MAIN, 'override.tf': check })).toEqual({ code: 0, lines: [] });
  });

  it("that configures a provider without alias needs no base (Terraform reads an absent one as empty); another alias does", async () => {
    expect(await compact({ 'main.tf': MAIN, 'override.tf': 'provider "auth0" {\n  domain = "example.auth0.com"\n}\n' })).toEqual({ code: 0, lines: [] });
    const r = await compact({ 'main.tf': MAIN, 'base.tf': 'provider "auth0" {\n  alias = "us"\n}\n', 'override.tf': 'provider "auth0" {\n  alias = "eu"\n}\n' });
    expect(r.lines).toEqual([`override.tf:1:10: error: ${missing('aliased provider configuration', 'auth0.eu', 'an')} [parse-error]`]);
    // an alias that is not a literal is any alias as far as orglint knows: never a guess
    expect(await compact({ 'main.tf': MAIN, 'base.tf': 'provider "auth0" {\n  alias = var.a\n}\nvariable "a" {}\n', 'override.tf': 'provider "auth0" {\n  alias = "eu"\n}\n' })).toEqual({ code: 0, lines: [] });
  });

  it('with a moved or import block is a parse-error at the keyword (Terraform takes them only from primary files)', async () => {
    const r = await compact({ 'main.tf': MAIN, 'override.tf': 'moved {\n  from = auth0_client.x\n  to   = auth0_client.a\n}\n', 'x_override.tf.json': '{"import": [{"to": "auth0_client.a", "id": "abc"}]}\n' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'override.tf:1:1: error: invalid Terraform: an override file cannot hold a moved block; Terraform takes moved blocks only from the other files of a module [parse-error]',
      'x_override.tf.json:1:2: error: invalid Terraform: an override file cannot hold an import block; Terraform takes import blocks only from the other files of a module [parse-error]',
    ]);
    // in a primary file they are what Terraform reads
    expect(await compact({ 'main.tf': `${MAIN}moved {\n  from = auth0_client.x\n  to   = auth0_client.a\n}\n` })).toEqual({ code: 0, lines: [] });
  });

  it('is reported when only the primary file is named (pre-commit), and not while a primary file does not parse', async () => {
    const named = await compact({ 'main.tf': MAIN, 'override.tf': BLOCKS }, ['main.tf']);
    expect(named.code).toBe(1);
    expect(named.lines[0]).toContain(`override.tf:1:21: error: ${missing('data resource', 'auth0_client.d')}`);
    // the broken file may declare the data resource: only its own syntax error is shown
    const broken = await compact({ 'main.tf': MAIN, 'data.tf': 'data "auth0_client" "d" {\n  name = \n}\n', 'override.tf': BLOCKS });
    expect(broken.lines.map((l) => l.split(': error: ')[0])).toEqual([expect.stringMatching(/^data\.tf:/)]);
  });

  it("whose data override has no base leaves the resources it overrides unknown, as the file is not read", async () => {
    const r = await compact({ 'main.tf': MAIN, 'override.tf': `${BLOCKS.split('module')[0]}resource "auth0_client" "a" {\n  organization_usage = "required"\n}\n` });
    expect(r.lines).toEqual([`override.tf:1:21: error: ${missing('data resource', 'auth0_client.d')} [parse-error]`]);
  });
});
