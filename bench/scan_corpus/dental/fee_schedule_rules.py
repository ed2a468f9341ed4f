"""Fee schedule adjustments configured by practice managers.

Each insurer contract can carry an adjustment formula, e.g. "base * 0.85"
or "min(base, 12000)", entered in the admin back office.
"""
from dataclasses import dataclass, field

ALLOWED_NAMES = {"min": min, "max": max, "round": round}


@dataclass
class FeeRule:
    insurer_code: str
    procedure_code: str
    formula: str = "base"


@dataclass
class FeeCalculator:
    rules: dict[tuple[str, str], FeeRule] = field(default_factory=dict)

    def load(self, rows: list[dict]) -> None:
        for row in rows:
            rule = FeeRule(row["insurer_code"], row["procedure_code"], row.get("formula") or "base")
            self.rules[(rule.insurer_code, rule.procedure_code)] = rule

    def _apply(self, formula: str, base: int, tooth_count: int) -> int:
        scope = dict(ALLOWED_NAMES, base=base, teeth=tooth_count)
        return int(eval(formula, {"__builtins__": {}}, scope))

    def fee_for(self, insurer_code: str, procedure_code: str, base_cents: int, tooth_count: int = 1) -> int:
        rule = self.rules.get((insurer_code, procedure_code))
        if rule is None:
            return base_cents
        return self._apply(rule.formula, base_cents, tooth_count)
