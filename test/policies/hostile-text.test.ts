/**
 * A policy's description and docs come from a config a pull request can change: `orglint rules` and `orglint
 * explain` print them with control characters escaped, as lint output does, so an ESC sequence cannot clear
 * the terminal or forge lines in a CI log. A line break in `docs` stays a line break.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const CONFIG = `policies:
  - id: esc
    description: "desc \\e[31mRED\\e[0m"
    resource: client
    require: { organization_usage: require }
    docs: "docs \\e[2J clear\\r\\nline2 \\e]0;title\\a"
`;

describe('policy text in the terminal', () => {
  it('orglint rules and explain escape control characters', async () => {
    const dir = tempTree({ '.orglint.yaml': CONFIG, 'tenant.yaml': 'clients: []\n' });
    const rules = await runCli(['rules'], { cwd: dir });
    expect(rules.stdout).toContain('desc \\u001b[31mRED\\u001b[0m [policy]');
    const explain = await runCli(['explain', 'esc'], { cwd: dir });
    expect(explain.stdout).toContain('desc \\u001b[31mRED\\u001b[0m\n');
    expect(explain.stdout).toContain('docs \\u001b[2J clear\nline2 \\u001b]0;title\\u0007\n');
    expect(rules.stdout + explain.stdout).not.toMatch(/[\u001b\u0007]/);
  });
});
