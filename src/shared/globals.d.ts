/** Set by build.mjs: true only in the benchmark build, so performance marks cost nothing in production. */
declare const __STORYLENS_BENCH__: boolean;
/** Set by build.mjs: "chrome", "firefox" or "node". */
declare const __STORYLENS_BROWSER__: 'chrome' | 'firefox' | 'node';
