/** A tiny flag parser: `--name value`, `--name=value` and boolean `--flag`. Unknown flags are errors. */
export class ArgError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(args: string[], known: { values?: string[]; booleans?: string[] }): Parsed {
  const values = new Set(known.values ?? []);
  const booleans = new Set(known.booleans ?? []);
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.has(name)) flags.set(name, true);
    else if (values.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new ArgError(`--${name} needs a value.`);
      flags.set(name, value);
    } else throw new ArgError(`unknown option --${name}.`);
  }
  return { positional, flags };
}
