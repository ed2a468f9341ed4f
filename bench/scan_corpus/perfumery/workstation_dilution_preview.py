"""Dilution preview for the perfumer workstation.

Perfumers type a dilution rule (for instance ``parts * 0.1 / carrier``) in the
workstation UI; the service applies it to every material of the trial and
returns the resulting concentrations next to the IFRA category 4 limits.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

from compliance.ifra import category_limit

bp = Blueprint("dilution_preview", __name__, url_prefix="/workstation/dilution")

_MATH_NAMES = {name: getattr(math, name) for name in ("log", "sqrt", "exp", "floor", "ceil")}


@dataclass
class TrialMaterial:
    cas_number: str
    parts: float
    purity: float = 1.0


class DilutionRule:
    """A perfumer-defined expression evaluated for each material of a trial."""

    def __init__(self, expression: str) -> None:
        self.expression = expression.strip()

    def _namespace(self, material: TrialMaterial, carrier: float) -> dict:
        scope = dict(_MATH_NAMES)
        scope.update(parts=material.parts, purity=material.purity, carrier=carrier)
        return scope

    def apply(self, material: TrialMaterial, carrier: float) -> float:
        value = eval(self.expression, {"__builtins__": {}}, self._namespace(material, carrier))
        return round(float(value), 6)


@bp.post("/preview")
def preview():
    payload = request.get_json(force=True)
    rule = DilutionRule(payload["rule"])
    carrier = float(payload.get("carrier", 1000.0))
    rows = []
    for item in payload["materials"]:
        material = TrialMaterial(**item)
        pct = rule.apply(material, carrier)
        limit = category_limit(material.cas_number, category="4")
        rows.append(
            {
                "cas_number": material.cas_number,
                "concentration_pct": pct,
                "ifra_limit_pct": limit,
                "within_limit": limit is None or pct <= limit,
            }
        )
    return jsonify(rule=rule.expression, materials=rows)
