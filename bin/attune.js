#!/usr/bin/env node
// attune's command line. Node 24 runs the TypeScript sources itself (type stripping), so there is
// neither a build step for the server nor a loader. `npm install` brings that Node, and npm puts
// it first on the PATH of `npm start`, `npm run attune` and `npx attune`.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `attune runs on Node 24, and this is Node ${process.version}. On Linux and Windows, \`npm install\` ` +
      'brings Node 24 and npm runs attune on it: `npm start`, `npm run attune -- <command>` or ' +
      '`npx attune <command>`. Elsewhere, install Node 24.\n',
  );
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
