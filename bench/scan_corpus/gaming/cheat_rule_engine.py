"""Evaluation of anti-cheat detection rules against telemetry samples.

Rules are stored as simple comparisons joined by ``and``, for example
``headshot_ratio > 0.8 and avg_reaction_ms < 120``. They are parsed into
(field, operator, value) triples; nothing in a rule is executed as code.
"""
import operator
import re
from dataclasses import dataclass

_OPS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}
_CLAUSE = re.compile(r"^\s*([a-z_][a-z0-9_]*)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")


class RuleSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Clause:
    field: str
    op: str
    value: float

    def test(self, sample: dict) -> bool:
        if self.field not in sample:
            return False
        return _OPS[self.op](float(sample[self.field]), self.value)


def parse_rule(expression: str) -> list[Clause]:
    clauses = []
    for part in re.split(r"\band\b", expression):
        m = _CLAUSE.match(part)
        if not m:
            raise RuleSyntaxError(f"cannot parse clause {part.strip()!r}")
        clauses.append(Clause(m.group(1), m.group(2), float(m.group(3))))
    return clauses


def evaluate(expression: str, sample: dict) -> bool:
    return all(c.test(sample) for c in parse_rule(expression))


def flag_sessions(expression: str, sessions: list[dict]) -> list[str]:
    clauses = parse_rule(expression)
    return [s["session_id"] for s in sessions if all(c.test(s["metrics"]) for c in clauses)]
