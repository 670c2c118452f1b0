import type { Span } from '../../rule-api/types';
import type { ParseProblem } from '../document';

/**
 * The blocks besides resources, variables and locals that Terraform lets an override file set only when a primary
 * file declares them (configs/module.go, mergeFile): a data resource ("Missing data resource to override"), a
 * module call ("Missing module call to override"), an output ("Missing base output definition to override") and an
 * aliased provider configuration ("Missing base provider configuration for override"). A provider configuration
 * without `alias` may be overridden with no base (Terraform reads an absent one as empty), so it is never reported.
 * `moved` and `import` blocks cannot be in an override file at all ("Cannot override 'moved' blocks").
 */

export type BaseKind = 'data resource' | 'module call' | 'output' | 'aliased provider configuration';

/** One such block of a file: what it declares, and the span of its name. */
export interface BaseBlock {
  kind: BaseKind;
  /** `auth0_client.d`, `m`, `o`, `auth0.eu` (a provider's name and alias); undefined when the alias is not a literal */
  name: string | undefined;
  /** for a provider: its name, whatever the alias */
  provider?: string;
  span: Span;
  /**
   * a data block inside a `check` block: a base for an override as any data resource (Terraform's appendFile adds
   * it to the module's DataResources), but never checked itself in an override file, whose check blocks Terraform's
   * mergeFile does not read
   */
  inCheck?: true;
}

/** A block an override file cannot hold (`moved`, `import`), at its keyword. */
export interface ForbiddenBlock {
  kind: 'moved' | 'import';
  span: Span;
}

/**
 * Terraform refuses an override of a block no other file declares ("Missing resource to override", "Missing base
 * variable declaration to override", …): a syntax error at its name.
 */
export const noBase = (kind: BaseKind | 'resource' | 'variable' | 'local value', name: string) =>
  `invalid Terraform: the override file sets the ${kind} "${name}", which no other file of the module declares; Terraform refuses an override of ${article(kind)} that is not declared`;

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

const forbidden = (kind: ForbiddenBlock['kind']) => `invalid Terraform: an override file cannot hold ${article(kind)} block; Terraform takes ${kind} blocks only from the other files of a module`;

/**
 * Is the value a provider alias as written (an identifier)? Anything else (a reference, a `${...}` template, the
 * unknown value) is Terraform's error to give, and any alias as far as orglint knows: never a guess.
 */
export const isAlias = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(v);

/** What the primary files of a module declare; the override files' blocks are checked against it. */
export class OverrideBases {
  private readonly declared = new Set<string>();
  /** providers a primary file configures with an alias that is not a literal: any alias of theirs may exist */
  private readonly anyAlias = new Set<string>();

  declare(b: BaseBlock): void {
    if (b.name !== undefined) this.declared.add(`${b.kind}|${b.name}`);
    else if (b.provider !== undefined) this.anyAlias.add(b.provider);
  }

  /** Report the blocks of an override file that have no base (true when one is reported). */
  check(bases: readonly BaseBlock[], banned: readonly ForbiddenBlock[], problems: ParseProblem[]): boolean {
    const before = problems.length;
    for (const b of bases) {
      if (b.inCheck || b.name === undefined || this.declared.has(`${b.kind}|${b.name}`)) continue;
      if (b.provider !== undefined && this.anyAlias.has(b.provider)) continue;
      problems.push({ message: noBase(b.kind, b.name), span: b.span });
    }
    for (const f of banned) problems.push({ message: forbidden(f.kind), span: f.span });
    return problems.length > before;
  }
}
