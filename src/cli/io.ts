/** Where a command writes. Commands take this instead of touching `process` so tests can call them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit code for bad input (wrong arguments, unreadable or malformed files). */
export const EXIT_BAD_INPUT = 2;
