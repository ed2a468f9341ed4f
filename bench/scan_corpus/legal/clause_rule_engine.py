"""Evaluates negotiation playbook rules against extracted contract terms.

Knowledge-management lawyers write playbook rules in the admin screen, e.g.

    liability_cap < contract_value * 1.5 and governing_law in ("NY", "DE")

and the review assistant flags every clause that fails a rule.
"""
from dataclasses import dataclass, field
from decimal import Decimal

from .extraction import ExtractedTerms
from .models import PlaybookRule

ALLOWED_NAMES = {"min": min, "max": max, "abs": abs, "len": len, "Decimal": Decimal}


@dataclass
class RuleResult:
    rule_id: int
    title: str
    passed: bool
    severity: str
    detail: str = ""


@dataclass
class PlaybookReport:
    contract_id: int
    results: list[RuleResult] = field(default_factory=list)

    @property
    def failures(self) -> list[RuleResult]:
        return [r for r in self.results if not r.passed]


def _evaluate(expression: str, facts: dict) -> bool:
    return bool(eval(expression, {"__builtins__": ALLOWED_NAMES}, facts))


def run_playbook(contract_id: int, terms: ExtractedTerms, playbook_id: int) -> PlaybookReport:
    report = PlaybookReport(contract_id=contract_id)
    facts = terms.as_dict()
    for rule in PlaybookRule.objects.filter(playbook_id=playbook_id, enabled=True):
        try:
            passed = _evaluate(rule.condition, facts)
            detail = ""
        except (NameError, TypeError, ValueError) as exc:
            passed, detail = False, f"could not evaluate: {exc}"
        report.results.append(
            RuleResult(rule.id, rule.title, passed, rule.severity, detail)
        )
    return report
