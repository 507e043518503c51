// The list of commands, one line each; each command's code lives in its own file.
import { registerCommand } from './main.ts';

registerCommand('analyze', {
  summary: 'run the statistics on a CSV or JSON file (JSON out)',
  usage: 'attune analyze experiment|habit|automaticity|lagged FILE [options]  (see README)',
  run: async (args, io) => (await import('./analyze.ts')).analyzeCommand(args, io),
});
