// scripts/eager.ts: the functions a get and a create call, compiled with their file. The rewrite must keep
// what the code does (a declaration is hoisted; its expression must be in place before any use), or every
// run of dist/ breaks; and the build must keep applying it, or the bench loses it without a test noticing.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { compileEagerly } from '../../scripts/eager.ts';
import { EAGER_FUNCTIONS } from '../../scripts/eager-functions.ts';
import { finishSteps } from '../../scripts/minify.ts';

/** Runs a script and returns what it leaves in `result`. */
const run = (code: string): unknown => {
  const context: { result?: unknown } = {};
  runInNewContext(code, context);
  return context.result;
};

/** The function declarations still in the code, by name. */
const declarations = (code: string): string[] =>
  [...code.matchAll(/function (\w+)\(/g)].map(match => match[1] as string).filter(name => new RegExp(`(?<!\\()function ${name}\\(`).test(code));

describe('compileEagerly (scripts/eager.ts)', () => {
  const module = `result = (function (exports) {
  "use strict";
  exports.value = parse("7") + twice(3);
  function parse(text) { return Number(text); }
  function twice(n) { return n * 2; }
  return exports;
})({}).value;`;

  it('rewrites a listed declaration into a parenthesised expression, moved above every use, after the directives', () => {
    const { code, found } = compileEagerly(module, new Set(['parse']));
    expect(found).toEqual(new Set(['parse']));
    expect(code).toContain('"use strict";;var parse = (function (text) { return Number(text); });');
    expect(code.indexOf('var parse = (function')).toBeLessThan(code.indexOf('parse("7")'));
    expect(declarations(code)).toEqual(['twice']);
    // The same result as before, and still strict (the directive still comes first).
    expect(run(code)).toBe(run(module));
    expect(run(code)).toBe(13);
    expect(() => run(compileEagerly('result = (function () { "use strict"; undeclared = 1; function f() {} })();', new Set(['f'])).code)).toThrow(
      /undeclared is not defined/,
    );
  });

  it('keeps what a declaration is: its name, a function that replaces itself, async functions and generators', () => {
    const code = `result = (function () {
  "use strict";
  const first = lazy(), second = lazy();
  return [first, second, lazy.name, counter().next().value, typeof load(), load.name].join(' ');
  function lazy() { const value = 'computed'; lazy = () => 'cached'; return value; }
  function* counter() { yield 1; }
  async function load() {}
})();`;
    const { code: rewritten, found } = compileEagerly(code, new Set(['lazy', 'counter', 'load']));
    expect(found).toEqual(new Set(['lazy', 'counter', 'load']));
    expect(rewritten).toContain('var lazy = (function () {');
    expect(rewritten).toContain('var counter = (function* () {');
    expect(rewritten).toContain('var load = (async function () {');
    expect(run(rewritten)).toBe(run(code));
    expect(run(rewritten)).toBe('computed cached lazy 1 object load');
  });

  it('leaves alone what is not listed, a declaration in a block and one at the top level of the script', () => {
    const code = `function top() { return 1; }
result = (function () {
  if (true) { function inBlock() { return 2; } }
  function unlisted() { return 3; }
  return top() + unlisted();
})();`;
    const rewritten = compileEagerly(code, new Set(['top', 'inBlock']));
    expect(rewritten).toEqual({ code, found: new Set() });
  });

  it('rewrites a listed function declared inside another listed one, in a later pass, and the result still runs', () => {
    const code = `result = (function () {
  return outer() + other();
  function outer() { return inner() * 10; function inner() { return deepest() + 1; function deepest() { return 1; } } }
  function other() { return 5; }
})();`;
    const { code: rewritten, found } = compileEagerly(code, new Set(['outer', 'inner', 'deepest', 'other']));
    expect(found).toEqual(new Set(['outer', 'inner', 'deepest', 'other']));
    expect(declarations(rewritten)).toEqual([]);
    expect(() => acorn.parse(rewritten, { ecmaVersion: 'latest' })).not.toThrow();
    expect(run(rewritten)).toBe(25);
    // A nested one of a name already found in an earlier pass is rewritten too.
    const repeated =
      'result = (function () { return step(); function step() { return inner(); function inner() { return deep(); function deep() { return 4; } } } function inner() { return 5; } })();';
    const again = compileEagerly(repeated, new Set(['step', 'inner', 'deep']));
    expect(declarations(again.code)).toEqual([]);
    expect(run(again.code)).toBe(4);
  });

  it('never joins two statements: after a directive or a statement written without a semicolon', () => {
    const cases = [
      // The line after the declaration would continue the statement before it: a call, an index, a tagged
      // template, a division, an addition.
      "result = (function () { var g = () => 'called', a = g\n function f() {}\n (1)\n return typeof a; })();",
      'result = (function () { var a = [10, 20]\n function f() {}\n [0].forEach(() => {})\n return String(a); })();',
      "result = (function () { var g = () => 'tagged', a = g\n function f() {}\n `x`\n return typeof a; })();",
      'result = (function () { var re = 2, g = 4, a = 8\n function f() {}\n /re/g\n return a; })();',
      "result = (function () { var a = 'x'\n function f() {}\n +1\n return a; })();",
      // A directive without its semicolon, then a comment.
      "result = (function () { 'use strict'\n // a comment\n return f(); function f() { return typeof this; } })();",
    ];
    for (const code of cases) {
      const { code: rewritten, found } = compileEagerly(code, new Set(['f']));
      expect(found, code).toEqual(new Set(['f']));
      expect(run(rewritten), code).toBe(run(code));
    }
    expect(cases.map(code => run(code))).toEqual(['function', '10,20', 'function', 8, 'x', 'undefined']);
  });

  it('keeps the parentheses through minification (they are what has V8 compile the function eagerly)', () => {
    const { files, problems } = finishSteps({ 'dist/x.js': module }, [], { eager: { names: new Set(['parse']), files: () => true } });
    expect(problems).toEqual([]);
    const minified = files['dist/x.js'] as string;
    expect(minified).not.toContain('parse');
    expect(minified).toMatch(/=\(function\(\w+\)\{return Number\(\w+\)\}\)/);
    expect(run(minified)).toBe(13);
  });

  it('fails the build on a listed name that no file declares, and only rewrites the files it is given', () => {
    const files = { 'dist/a.js': module, 'dist/post/b.js': module };
    const names = new Set(['parse', 'gone']);
    const { files: finished, problems } = finishSteps(files, [], { minify: false, eager: { names, files: file => !file.startsWith('dist/post/') } });
    expect(problems).toEqual(['scripts/eager-functions.ts lists functions no file declares (gone): run npm run eager:update']);
    expect(finished['dist/a.js']).toContain(';var parse = (function (text)');
    expect(finished['dist/post/b.js']).toBe(module);
  });
});

describe('dist/ (the main step) as built', () => {
  it('has the listed functions compiled eagerly: at least one parenthesised function expression for each', () => {
    const dist = resolve(import.meta.dirname, '../../dist');
    const files = (readdirSync(dist) as string[]).filter(name => name.endsWith('.js'));
    const expressions = files.reduce((sum, file) => sum + (readFileSync(resolve(dist, file), 'utf8').match(/=\(function\b/g)?.length ?? 0), 0);
    // ncc's own output has 3 (in a chunk no get or create loads); the build adds one per listed name or more.
    expect(EAGER_FUNCTIONS.length).toBeGreaterThan(50);
    expect(expressions).toBeGreaterThanOrEqual(EAGER_FUNCTIONS.length + 3);
  });
});
