// ESLint for every JavaScript file of the repository: the page's own
// scripts (js/), the build and bench scripts, and the tests. ESLint's
// recommended rules, with each file's globals: the page's scripts run in
// the browser (the service worker in its own scope), the tools in Node,
// and the tests in Node with code that Playwright runs in the page.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', '.bench-tools/**', 'dist.*/**'] },
  js.configs.recommended,
  {
    // A caught error that is deliberately ignored says why in a comment.
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    // Inlined as classic scripts, before and after the prerendered page.
    files: ['js/choose-lang.js', 'js/keep-one.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // Concatenated into the page's one module script (top-level await),
    // with wasm-bindgen's glue before after-first-paint.js: the loader
    // calls the glue's init and after-first-paint.js's function by name.
    files: ['js/fatal.js', 'js/files.js', 'js/after-first-paint.js', 'js/loader.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, __wbg_init: 'readonly', afterFirstPaint: 'readonly' } },
  },
  {
    files: ['js/after-first-paint.js'],
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^afterFirstPaint$' }] },
  },
  {
    files: ['js/sw.js'],
    languageOptions: { sourceType: 'script', globals: globals.serviceworker },
  },
  {
    // Browser globals too: these hand functions to Playwright, which runs
    // them in the page.
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.mjs', 'playwright.config.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
];
