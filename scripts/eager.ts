// The functions every `get` and `create` calls, compiled with their file instead of on their first call
// (scripts/build.ts runs this after the start-up transform, before minifying).
//
// V8 compiles a function lazily: when it compiles a file it only preparses each function (to find where it
// ends), and parses it again, fully, the first time it is called, paying a fixed cost per function on top
// (about 20,000 instructions: 1,000 empty functions called once cost 19.6 M). A function expression in
// parentheses is one V8 expects to be called soon, and it compiles it with the code around it, in one pass.
// So each function listed in scripts/eager-functions.ts (those a `get` or a `create` called, found by
// `npm run eager:update` from V8's coverage of one run of each) is rewritten from a declaration
//     function parseConfig(raw, context) { … }
// into a parenthesised expression, moved to the top of the function body that declared it, where a
// declaration is hoisted to, so that every use before its place still finds it:
//     var parseConfig = (function (raw, context) { … });
// Counted (`npm run bench:count`, docs/performance.md): a `get` and a `create` each run about 5 M fewer
// instructions, 1% of their floors. esbuild keeps the parentheses when it minifies (it keeps them for this
// very reason). Functions a run never calls stay lazy: compiling all of them with their file costs more
// than it saves.
//
// Only declarations directly in a function body are rewritten (a declaration in a block is scoped to that
// block in strict code, and moving it would widen its scope); a name listed but found nowhere fails the
// build, so that the list follows the code (`npm run eager:update` rewrites it).
import * as acorn from 'acorn';

type Node = acorn.AnyNode;

/** The node's children, whatever their field names. */
export function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') found.push(item as Node);
    }
  }
  return found;
}

type FunctionNode = acorn.FunctionDeclaration | acorn.AnonymousFunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression;
const isFunction = (node: Node): node is FunctionNode =>
  node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';

/** The body of a function written with braces; undefined for any other node (an arrow's expression body). */
const blockBody = (node: Node): acorn.BlockStatement | undefined => (isFunction(node) && node.body.type === 'BlockStatement' ? node.body : undefined);

/**
 * The function declarations directly in the node's body, if it is a function: those this rewrite may move
 * (and npm run eager:update may list); none in a block, which is scoped to it.
 */
export function bodyDeclarations(node: Node): acorn.FunctionDeclaration[] {
  return (blockBody(node)?.body ?? []).filter((statement): statement is acorn.FunctionDeclaration => statement.type === 'FunctionDeclaration');
}

/**
 * One pass: the outermost listed declarations rewritten; those inside them are left to the next pass.
 * Returns the code and how many it rewrote.
 */
function onePass(code: string, names: ReadonlySet<string>, found: Set<string>): { code: string; rewrote: number } {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const edits: { start: number; end: number; text: string }[] = [];
  let rewrote = 0;
  const visit = (node: Node): void => {
    const body = blockBody(node);
    const moved = bodyDeclarations(node).filter(declaration => names.has(declaration.id.name));
    if (body && moved.length > 0) {
      // After the body's directives ("use strict"), which must stay first.
      let at = body.start + 1;
      for (const statement of body.body) {
        if (statement.type !== 'ExpressionStatement' || statement.directive === undefined) break;
        at = statement.end;
      }
      // Without its name: inside a named function expression the name is the function itself, read-only,
      // where inside a declaration it is the body's variable (a function that replaces itself on its first
      // call assigns to it). The variable still gives the function its name (`f.name`, stack traces).
      const expression = (f: acorn.FunctionDeclaration): string => code.slice(f.start, f.id.start) + code.slice(f.id.end, f.end);
      // Each piece of text put in or left behind starts or is a `;`: after a directive written without one
      // (`'use strict'`), and where a declaration stood after a statement without one, the next line
      // (`(`, `[`, a template, `/`, `+`) would otherwise continue that statement.
      edits.push({ start: at, end: at, text: moved.map(f => `;var ${f.id.name} = (${expression(f)});`).join('\n') });
      for (const f of moved) {
        found.add(f.id.name);
        edits.push({ start: f.start, end: f.end, text: ';' });
      }
      rewrote += moved.length;
    }
    // Not into a moved function: its text is copied as it is, and an edit inside it would shift the offsets
    // of its removal.
    for (const child of children(node)) if (child !== body) visit(child);
    if (body) for (const statement of body.body) if (!moved.includes(statement as acorn.FunctionDeclaration)) visit(statement);
  };
  visit(program);
  // From the end, so that each edit's offsets still hold; at one place, the removal before the insertion.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let rewritten = code;
  for (const { start, end, text } of edits) rewritten = rewritten.slice(0, start) + text + rewritten.slice(end);
  return { code: rewritten, rewrote };
}

/**
 * The code with each listed function declaration compiled eagerly (see the top), and the names it found.
 * `code` is a script (a CommonJS bundle or chunk), as ncc emits it: unminified, its functions' names kept.
 * A listed function declared inside another listed one is rewritten in a later pass, inside the moved one.
 * What changes besides: the text `Function.prototype.toString` gives for a moved function (no name) and
 * for the one that declared it (its statements in their new order), which nothing in the bundle reads.
 */
export function compileEagerly(code: string, names: ReadonlySet<string>): { code: string; found: Set<string> } {
  const found = new Set<string>();
  // Each pass turns declarations into expressions, which no later pass finds again: the loop ends.
  let pass = onePass(code, names, found);
  while (pass.rewrote > 0) pass = onePass(pass.code, names, found);
  return { code: pass.code, found };
}
