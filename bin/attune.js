#!/usr/bin/env node
// attune's command line. The sources are TypeScript, run through tsx so there is no build step
// for the server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
