"""Dynamic price-floor rules configured by publishers in the yield console.

A rule is a short expression over the auction context, e.g.
    base * 1.3 if country == "US" and device == "ctv" else base
Rules are stored per placement and evaluated for every incoming bid request.
"""
from dataclasses import dataclass

from yield_console.storage import load_rules_for_placement

_ALLOWED_HELPERS = {"min": min, "max": max, "round": round, "abs": abs}


@dataclass
class FloorRule:
    rule_id: int
    expression: str
    priority: int = 0

    def __post_init__(self):
        self._code = compile(self.expression, f"<floor-rule {self.rule_id}>", "eval")

    def apply(self, context: dict) -> float:
        scope = {"__builtins__": {}, **_ALLOWED_HELPERS}
        return float(eval(self._code, scope, dict(context)))


class FloorEngine:
    def __init__(self, placement_id: str):
        raw = load_rules_for_placement(placement_id)
        self.rules = sorted(
            (FloorRule(r["id"], r["expression"], r.get("priority", 0)) for r in raw),
            key=lambda r: r.priority,
        )

    def floor_for(self, bid_request: dict, base_floor: float) -> float:
        imp = bid_request["imp"][0]
        device = bid_request.get("device", {})
        context = {
            "base": base_floor,
            "country": device.get("geo", {}).get("country", ""),
            "device": {1: "mobile", 2: "desktop", 3: "ctv"}.get(device.get("devicetype"), "other"),
            "width": imp.get("banner", {}).get("w", 0),
            "height": imp.get("banner", {}).get("h", 0),
        }
        floor = base_floor
        for rule in self.rules:
            context["base"] = floor
            floor = rule.apply(context)
        return max(floor, 0.0)
