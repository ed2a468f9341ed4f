"""Top-level definitions an edit left as they were need no scanning on the after-side.

A model's edit usually rewrites one or two functions of a file and adds an import. Every finding
inside a definition whose text is unchanged is on both sides and cancels in the differential
comparison, as long as nothing it names changed around it: the scanners resolve names against the
module's imports and constants, and look at one function at a time (semgrep's taint and bandit are
intraprocedural). So each after-definition identical to a before-definition, and naming nothing that
a module-level statement added, removed or changed binds or uses, is blanked (line numbers stay, so
every other finding keeps its place and fingerprint), and the before-findings inside the definition
it matched are set aside for that pair. The introduced findings are the same; the scanners read less.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


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


def reduce_after(before: str, after: str) -> Reduced | None:
    """The after-text with its unchanged definitions blanked, or None when nothing can be dropped."""
    old, new = _blocks(before), _blocks(after)
    if old is None or new is None:
        return None
    changed = (old[1] - new[1]) + (new[1] - old[1])  # module-level statements added or removed
    nodes = {**old[2], **new[2]}
    affected = set().union(*(_names(nodes[key]) for key in changed))
    # A definition that mentions an affected name anywhere in its text (a superset of the names its
    # syntax tree uses) is kept: one search of its text instead of a walk of its tree.
    mentions = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(affected)))) if affected else None
    unmatched: dict[str, list[tuple[int, int]]] = {}
    for source, first, last, _ in old[0]:
        unmatched.setdefault(source, []).append((first, last))
    lines = after.splitlines(keepends=True)
    dropped = []
    for source, first, last, _ in new[0]:
        if unmatched.get(source) and not (mentions and mentions.search(source)):
            dropped.append(unmatched[source].pop(0))
            for i in range(first - 1, last):
                lines[i] = "\n"
    if not dropped:
        return None
    return Reduced("".join(lines), tuple(dropped))
