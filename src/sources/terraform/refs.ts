import { isPlain, type Plain } from '../plain-object';

/**
 * Which resource an attribute refers to in the plan's `configuration` (`organization_id =
 * auth0_organization.acme.id`). Planned values cannot say it when the target is created in the same plan (its
 * id is unknown until apply), so orglint reads the reference from the configuration instead.
 */
export class ConfigReferences {
  /** `module.a.module.b|auth0_organization_connection.c` → its configuration expressions */
  private readonly expressions = new Map<string, Plain>();

  constructor(configuration: unknown) {
    if (isPlain(configuration)) this.walk(configuration.root_module, '');
  }

  private walk(module: unknown, prefix: string): void {
    if (!isPlain(module)) return;
    if (Array.isArray(module.resources)) {
      for (const r of module.resources) {
        if (isPlain(r) && typeof r.address === 'string' && isPlain(r.expressions)) this.expressions.set(`${prefix}|${r.address}`, r.expressions);
      }
    }
    if (isPlain(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isPlain(call)) this.walk(call.module, prefix ? `${prefix}.module.${name}` : `module.${name}`);
      }
    }
  }

  /**
   * The module-relative address (`auth0_organization.acme`) that the attribute at `path` of a resource refers to
   * (`['organization_id']`, or inside a block `['enabled_connections', 0, 'connection_id']`), or undefined when
   * it holds a constant, refers to several things, or the configuration is not in the plan.
   */
  target(moduleAddress: string, typeAndName: string, path: readonly (string | number)[], targetType: string): string | undefined {
    let expr: unknown = this.expressions.get(`${moduleAddress}|${typeAndName}`);
    for (const seg of path) {
      if (Array.isArray(expr) && typeof seg === 'number') expr = expr[seg];
      else if (isPlain(expr) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(expr, seg)) expr = expr[seg];
      else return undefined;
    }
    if (!isPlain(expr) || !Array.isArray(expr.references)) return undefined;
    const found = new Set<string>();
    for (const ref of expr.references) {
      if (typeof ref !== 'string') continue;
      const m = new RegExp(`^(${targetType}\\.[A-Za-z0-9_-]+)(?:\\.|\\[|$)`).exec(ref);
      if (m) found.add(m[1]);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}
