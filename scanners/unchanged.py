"""Top-level definitions an edit left as they were need no scanning on the after-side.

A model's edit usually rewrites one or two functions of a file and adds an import. Every finding
inside a definition whose text is unchanged is on both sides and cancels in the differential
comparison, as long as nothing it depends on changed around it. The scanners resolve names against
the module's imports and constants, and some rules read one definition to judge another: a helper
that builds a URL with the password in it makes its caller's log line a leak; a function named for
a token makes the helper's draw it returns a secret. So each after-definition identical to a
before-definition is blanked (line numbers stay, so every other finding keeps its place and
fingerprint), and the before-findings inside the definition it matched are set aside for that pair,
unless it is tied to what changed:

- it names something a module-level statement added, removed or changed binds or uses;
- it names a definition the edit added, removed or changed (a caller of a rewritten helper), or
  one kept for naming such a definition (a caller of that caller), also through a module-level name
  bound from it (`store = SessionStore()` ties the users of `store` to a rewritten SessionStore);
- a definition that is kept names it, directly, through other kept definitions or through a
  module-level statement (a helper the rewritten code calls; `storage = Storage()` ties a call of
  `storage.locate` to that class, `logger.addFilter(Scrubber())` a log call to that filter).
- it holds the module's first `compare_digest` call: a rule takes the name that call checks for a
  secret's name anywhere in the module (a reference drawn in one function and checked in another).
A module that calls uuid1 is not reduced at all: the random rule reads its routes and redeem steps.

The introduced findings are the same; the scanners read less.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# As insecure-random-for-secret finds it: the first compare_digest call that checks a name.
_FIRST_COMPARE_DIGEST = re.compile(r"\bcompare_digest\(\s*(?:[\w.]*\.)?[A-Za-z_]\w*\b")


@dataclass(frozen=True)
class Reduced:
    """The after-text to scan, and the before-line ranges (1-based, inclusive) whose findings cancel."""

    text: str
    dropped_before: tuple[tuple[int, int], ...]


def _names(node: ast.AST) -> set[str]:
    """Every name a statement binds or uses (for `import a.b`, `a`)."""
    out = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.alias):
            out.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, _DEFINITIONS):
            out.add(n.name)
    return out


def _bound(node: ast.AST) -> set[str]:
    """The names a module-level statement binds (assigns, imports, defines), or changes by calling a
    method of it (`logger.addFilter(Scrubber())` changes what `logger` writes)."""
    out = set()
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        receiver = node.value.func
        while isinstance(receiver, ast.Attribute):
            receiver = receiver.value
        if isinstance(receiver, ast.Name) and receiver is not node.value.func:
            out.add(receiver.id)
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.add(n.id)
        elif isinstance(n, ast.alias):
            out.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, _DEFINITIONS):
            out.add(n.name)
    return out


@lru_cache(maxsize=1024)
def parse_module(text: str) -> ast.Module | SyntaxError | ValueError:
    """The module's syntax tree, or why it does not parse. Cached: a batch parses each text twice
    (is it valid, what changed), and every sample of a task shares the same before-texts."""
    try:
        return ast.parse(text)
    except (SyntaxError, ValueError) as exc:
        return exc


@lru_cache(maxsize=256)
def _blocks(text: str) -> tuple[list[tuple[str, int, int, ast.stmt]], Counter[str], dict[str, ast.stmt]] | None:
    """(definitions as (source, first line, last line, node), the other top-level statements counted
    by their syntax tree, and one node for each of those). Read-only: it is cached."""
    tree = parse_module(text)
    if not isinstance(tree, ast.Module):
        return None
    lines = text.splitlines(keepends=True)
    definitions, others, nodes = [], Counter(), {}
    for node in tree.body:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        source = "".join(lines[first - 1:node.end_lineno])
        if isinstance(node, _DEFINITIONS):
            definitions.append((source, first, node.end_lineno, node))
        else:
            key = ast.dump(node)
            others[key] += 1
            nodes.setdefault(key, node)
    return definitions, others, nodes


def _mentioning(names: set[str]) -> re.Pattern[str] | None:
    """A search for any of `names` as a whole word: one search of a definition's text finds whether
    it names one (a superset of the names its syntax tree uses), faster than a walk of its tree."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(names)))) if names else None


def reduce_after(before: str, after: str) -> Reduced | None:
    """The after-text with its unchanged definitions blanked, or None when nothing can be dropped."""
    if "uuid1" in after:
        # the random rule judges a uuid1 reference by routes and redeem steps anywhere in the module
        return None
    old, new = _blocks(before), _blocks(after)
    if old is None or new is None:
        return None
    unmatched: dict[str, list[tuple[int, int, ast.stmt]]] = {}
    for source, first, last, node in old[0]:
        unmatched.setdefault(source, []).append((first, last, node))
    matched: dict[int, tuple[int, int]] = {}  # after-definition's index -> the before-lines it matched
    for i, (source, _, _, _) in enumerate(new[0]):
        if unmatched.get(source):
            first, last, _ = unmatched[source].pop(0)
            matched[i] = (first, last)
    if not matched:
        return None
    changed = (old[1] - new[1]) + (new[1] - old[1])  # module-level statements added or removed
    nodes = {**old[2], **new[2]}
    affected = set().union(*(_names(nodes[key]) for key in changed))
    affected |= {node.name for i, (_, _, _, node) in enumerate(new[0]) if i not in matched}
    affected |= {node.name for spans in unmatched.values() for _, _, node in spans}
    # A module-level statement hands an affected name on to the names it binds: `store =
    # SessionStore()` makes every user of `store` a caller of a rewritten SessionStore.
    handed = [(_bound(node), _names(node)) for node in new[2].values()]
    # Callers of kept definitions are kept too, up the chain: a rule may judge the new
    # HashingProfile.rounds by a pbkdf2 call in CredentialStore, which reaches it only through
    # PortalSettings.hashing.
    while True:
        affected |= {name for bound, uses in handed if uses & affected for name in bound}
        mentions = _mentioning(affected)
        kept = {i for i, (source, _, _, _) in enumerate(new[0])
                if i not in matched or (mentions and mentions.search(source))}
        callers = {new[0][i][3].name for i in kept} - affected
        if not callers:
            break
        affected |= callers
    first_check = _FIRST_COMPARE_DIGEST.search(after)
    if first_check:
        line = after.count("\n", 0, first_check.start()) + 1
        kept |= {i for i, (_, first, last, _) in enumerate(new[0]) if first <= line <= last}
    # The definitions kept code names, and those they name in turn, also through the module-level
    # statement that binds a name it uses (`storage = CertificateStorage()` ties a call of
    # storage.locate to that class).
    by_name: dict[str, list[int]] = {}
    for i, (_, _, _, node) in enumerate(new[0]):
        by_name.setdefault(node.name, []).append(i)
    linked: dict[str, set[str]] = {}
    for node in new[2].values():
        uses = _names(node)
        for name in _bound(node):
            linked.setdefault(name, set()).update(uses)
    named = _mentioning(set(by_name) | set(linked))
    todo, seen = list(kept), set()
    while todo and named:
        reached = set(named.findall(new[0][todo.pop()][0])) - seen
        while reached:
            name = reached.pop()
            seen.add(name)
            reached |= linked.get(name, set()) - seen
            for j in by_name.get(name, ()):
                if j not in kept:
                    kept.add(j)
                    todo.append(j)
    lines = after.splitlines(keepends=True)
    dropped = []
    for i, (_, first, last, _) in enumerate(new[0]):
        if i in matched and i not in kept:
            dropped.append(matched[i])
            for n in range(first - 1, last):
                lines[n] = "\n"
    if not dropped:
        return None
    return Reduced("".join(lines), tuple(dropped))
