import { type CliIo, EXIT_BAD_INPUT, processIo } from './io.ts';

interface Command {
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Every command of `attune`, loaded lazily so `attune --help` stays instant. */
const commands: Record<string, Command> = {};

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

function help(io: CliIo): void {
  const lines = [
    'attune: a couple’s training loop',
    '',
    'Usage: attune <command> [options]',
    '',
    'Commands:',
  ];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `attune <command> --help` for a command’s options.');
  io.stdout(`${lines.join('\n')}\n`);
}

const STORE_REFUSALS = ['UnsafeStoreError', 'StoreKeyError'];

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  await import('./commands.ts');
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`attune: unknown command "${name}". Run \`attune --help\` to see the commands.\n`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A store that refuses to open says why in one sentence; anything else keeps its stack.
    // (By name, so that `attune --help` or `analyze` need not load the storage code.)
    if (!(error instanceof Error && STORE_REFUSALS.includes(error.name))) throw error;
    io.stderr(`attune ${name}: ${error.message}\n`);
    return 1;
  }
}
