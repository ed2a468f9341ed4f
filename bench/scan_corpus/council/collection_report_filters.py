"""Filter parsing for the missed-collection report export.

Filters arrive as ``field:op:value`` triples, e.g. ``missed:gte:3`` or
``round:eq:'TUE-2'``. Values are parsed as Python literals only.
"""
import ast
import operator
from dataclasses import dataclass
from typing import Any, Callable, Iterable

OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
    "in": lambda a, b: a in b,
}
FIELDS = {"round", "ward", "missed", "bin_type", "crew", "day"}


class FilterError(ValueError):
    pass


@dataclass(frozen=True)
class Condition:
    field: str
    op: Callable[[Any, Any], bool]
    value: Any

    def test(self, row: dict) -> bool:
        return self.op(row.get(self.field), self.value)


def parse(spec: str) -> Condition:
    try:
        field, op_name, raw = spec.split(":", 2)
    except ValueError as exc:
        raise FilterError(f"expected field:op:value, got {spec!r}") from exc
    if field not in FIELDS or op_name not in OPERATORS:
        raise FilterError(f"unsupported filter {field}:{op_name}")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise FilterError(f"invalid literal {raw!r}") from exc
    return Condition(field, OPERATORS[op_name], value)


def apply(rows: Iterable[dict], specs: list[str]) -> list[dict]:
    conditions = [parse(s) for s in specs]
    return [r for r in rows if all(c.test(r) for c in conditions)]
