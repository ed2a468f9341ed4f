"""Weight alert rules for the bird records dashboard.

Falconers write small rules such as ``weight < flying_weight * 0.95`` so the
dashboard highlights birds that are dropping too fast or are too heavy to fly.
The preview endpoint lets them try a rule against today's weights first.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .records import todays_weights

bp = Blueprint("weight_alerts", __name__, url_prefix="/alerts")

MAX_RULE_LENGTH = 200


@dataclass
class WeightSnapshot:
    bird: str
    species: str
    weight: int
    flying_weight: int
    yesterday: int | None

    def variables(self) -> dict:
        return {
            "weight": self.weight,
            "flying_weight": self.flying_weight,
            "yesterday": self.yesterday if self.yesterday is not None else self.weight,
            "change": self.weight - (self.yesterday or self.weight),
        }


def matches(rule: str, snapshot: WeightSnapshot) -> bool:
    return bool(eval(rule, {"__builtins__": {}}, snapshot.variables()))


def _snapshots(day: date) -> list[WeightSnapshot]:
    return [
        WeightSnapshot(
            bird=row.bird_name,
            species=row.species,
            weight=row.grams,
            flying_weight=row.flying_weight_g,
            yesterday=row.previous_grams,
        )
        for row in todays_weights(day)
    ]


@bp.post("/preview")
@login_required
def preview_rule():
    data = request.get_json(silent=True) or {}
    rule = str(data.get("rule", "")).strip()
    if not rule or len(rule) > MAX_RULE_LENGTH:
        abort(400)
    flagged = []
    for snap in _snapshots(date.today()):
        try:
            if matches(rule, snap):
                flagged.append({"bird": snap.bird, "weight": snap.weight,
                                "flying_weight": snap.flying_weight})
        except (NameError, TypeError, ZeroDivisionError, SyntaxError) as exc:
            return jsonify({"error": f"rule could not be evaluated: {exc}"}), 422
    return jsonify({"rule": rule, "flagged": flagged})
