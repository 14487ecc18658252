// The scripts' command lines, read by Node's util.parseArgs (strict: an
// unknown option, an option without its value or a stray argument is
// refused), with the script's usage line printed on a refusal (exit 2).
//
//   const cli = commandLine('node scripts/dev.mjs [--port N]', { port: { type: 'string', default: '8080' } });
//   cli.values.port, cli.positionals, cli.number('port', { min: 0 }), cli.fail('why')

import { parseArgs } from 'node:util';

export function commandLine(usage, options, { allowPositionals = false, args = process.argv.slice(2) } = {}) {
  const fail = (message) => {
    console.error(`${message}\nusage: ${usage}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    fail(error.message);
  }
  /** The option `name` as a whole number of at least `min`. */
  const number = (name, { min = 0 } = {}) => {
    const text = parsed.values[name];
    const value = Number(text);
    if (text == null || text === '' || !Number.isInteger(value) || value < min) {
      fail(`--${name} takes a whole number of at least ${min}, not ${JSON.stringify(text ?? '')}`);
    }
    return value;
  };
  return { ...parsed, number, fail };
}
