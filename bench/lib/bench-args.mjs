// The benches' command-line options, read one way by each: --help prints the usage and exits; "--name value"
// pairs are read as numbers or strings; the raw list stays for flags and repeated options.
export function benchArgs(usage, argv = process.argv.slice(2)) {
  if (argv.includes('--help')) {
    process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
    process.exit(0);
  }
  const at = (name) => argv.indexOf(name);
  return {
    argv,
    /** The string after `name`, or `dflt` when the option is not given. */
    value: (name, dflt) => (at(name) >= 0 ? argv[at(name) + 1] : dflt),
    /** The number after `name`, or `dflt` when the option is not given. */
    num: (name, dflt) => (at(name) >= 0 ? Number(argv[at(name) + 1]) : dflt),
  };
}
