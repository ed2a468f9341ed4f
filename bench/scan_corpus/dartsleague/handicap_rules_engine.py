"""Handicap rules for the mixed-ability division.

League admins enter a start-score formula per division in the admin tool, e.g.
``501 - round((avg - 40) * 2)``.  The engine applies it to each player's
rolling three-dart average when the fixture sheets are printed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("handicap_admin", __name__, url_prefix="/admin/handicap")

MIN_START = 301
MAX_START = 701


@dataclass
class HandicapRule:
    division: str
    formula: str = "501"
    _compiled_source: str = field(default="501", init=False, repr=False)

    def load(self, raw: dict) -> "HandicapRule":
        self.formula = str(raw.get("formula", "501")).strip()
        self._compiled_source = self.formula
        return self

    def start_score(self, average: float, legs_played: int) -> int:
        context = {"avg": average, "legs": legs_played, "round": round, "min": min, "max": max}
        value = eval(self._compiled_source, {"__builtins__": {}}, context)
        return max(MIN_START, min(MAX_START, int(value)))


_rules: dict[str, HandicapRule] = {}


def rule_for(division: str) -> HandicapRule:
    return _rules.setdefault(division, HandicapRule(division))


@bp.put("/<division>")
def save_rule(division: str):
    raw = request.get_json(force=True) or {}
    rule = HandicapRule(division).load(raw)
    try:
        rule.start_score(average=45.0, legs_played=10)
    except Exception:
        abort(400)
    _rules[division] = rule
    return jsonify({"division": division, "formula": rule.formula})


@bp.post("/<division>/preview")
def preview(division: str):
    body = request.get_json(force=True) or {}
    players = body.get("players", [])
    rule = rule_for(division)
    out = []
    for p in players:
        out.append(
            {
                "player": p["name"],
                "start": rule.start_score(float(p["average"]), int(p.get("legs", 0))),
            }
        )
    return jsonify(out)


def export_rules() -> str:
    return json.dumps({d: r.formula for d, r in _rules.items()}, indent=2)
