"""Per-site go/no-go wind rules that head instructors maintain from the admin panel."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("wind_rules", __name__, url_prefix="/admin/sites")

RULE_NAMES = {"math": math, "min": min, "max": max, "abs": abs}


@dataclass
class SiteConditions:
    wind_kmh: float
    gust_kmh: float
    direction_deg: int
    cloudbase_m: int

    def as_namespace(self) -> Dict[str, float]:
        return {
            "wind": self.wind_kmh,
            "gust": self.gust_kmh,
            "direction": self.direction_deg,
            "cloudbase": self.cloudbase_m,
            "gust_factor": self.gust_kmh - self.wind_kmh,
        }


@dataclass
class SiteRuleBook:
    site: str
    expressions: List[str] = field(default_factory=list)

    def set_rules(self, expressions: List[str]) -> None:
        self.expressions = [e.strip() for e in expressions if e.strip()]

    def violated(self, conditions: SiteConditions) -> List[str]:
        namespace = dict(RULE_NAMES, **conditions.as_namespace())
        failures = []
        for expr in self.expressions:
            if not eval(expr, {"__builtins__": {}}, namespace):
                failures.append(expr)
        return failures


RULEBOOKS: Dict[str, SiteRuleBook] = {}


@bp.put("/<site>/wind-rules")
def update_rules(site: str):
    payload = request.get_json(force=True)
    rules = payload.get("rules")
    if not isinstance(rules, list):
        abort(400, "rules must be a list of expressions")
    book = RULEBOOKS.setdefault(site, SiteRuleBook(site=site))
    book.set_rules([str(r) for r in rules])
    return jsonify({"site": site, "rules": book.expressions})


@bp.post("/<site>/go-no-go")
def go_no_go(site: str):
    book = RULEBOOKS.get(site)
    if book is None:
        abort(404)
    data = request.get_json(force=True)
    conditions = SiteConditions(
        wind_kmh=float(data["wind"]),
        gust_kmh=float(data["gust"]),
        direction_deg=int(data["direction"]),
        cloudbase_m=int(data.get("cloudbase", 2000)),
    )
    failures = book.violated(conditions)
    return jsonify({"site": site, "go": not failures, "failed_rules": failures})
