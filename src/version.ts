/**
 * The package version, stamped on every element class so that two copies of the
 * library on one page can tell each other apart. A test keeps it equal to package.json.
 */
export const VERSION = '0.1.0';
