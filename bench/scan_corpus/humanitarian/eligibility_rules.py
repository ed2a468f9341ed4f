"""Evaluate programme eligibility rules against household survey data.

Programme officers write targeting rules in the programme set-up screen,
for example::

    hh_size >= 5 and (female_headed or disabled_members > 0) and income_usd < 60

Rules are stored on the programme record and evaluated for every household
registered in the programme's catchment.
"""
import math
from dataclasses import dataclass, field
from typing import Any, Iterable

_ALLOWED_HELPERS = {"min": min, "max": max, "abs": abs, "round": round, "floor": math.floor}


@dataclass
class RuleResult:
    household_id: str
    eligible: bool
    errors: list[str] = field(default_factory=list)


def _context(household: dict[str, Any]) -> dict[str, Any]:
    ctx = dict(household.get("answers", {}))
    ctx["hh_size"] = len(household.get("members", []))
    ctx["disabled_members"] = sum(1 for m in household.get("members", []) if m.get("disability"))
    return ctx


def evaluate(rule_expression: str, household: dict[str, Any]) -> RuleResult:
    hid = household["household_id"]
    try:
        verdict = eval(rule_expression, {"__builtins__": {}, **_ALLOWED_HELPERS}, _context(household))
    except Exception as exc:  # missing answers, type errors in the rule
        return RuleResult(hid, False, [f"{type(exc).__name__}: {exc}"])
    return RuleResult(hid, bool(verdict))


def screen(programme, households: Iterable[dict[str, Any]]) -> list[RuleResult]:
    return [evaluate(programme.targeting_rule, hh) for hh in households]
