"""Blend trial calculator used by the winemaking team's internal web form.

Winemakers paste component proportions like ``[("cab", 0.62), ("merlot", 0.3)]``
and we compute the resulting volumes and alcohol for a target batch size.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("blend", __name__)


@dataclass
class Component:
    lot: str
    share: float


def parse_components(text: str) -> list[Component]:
    value = ast.literal_eval(text)
    if not isinstance(value, (list, tuple)):
        raise ValueError("expected a list of (lot, share) pairs")
    components = [Component(str(lot), float(share)) for lot, share in value]
    total = sum(c.share for c in components)
    if not 0.999 <= total <= 1.001:
        raise ValueError(f"shares add up to {total:.3f}, expected 1.0")
    return components


@bp.post("/blend/trial")
def blend_trial():
    data = request.get_json(force=True)
    try:
        components = parse_components(data["components"])
        batch_l = float(data["batch_litres"])
    except (KeyError, ValueError, SyntaxError, TypeError) as exc:
        return jsonify(error=str(exc)), 400
    abv = data.get("abv", {})
    volumes = {c.lot: round(c.share * batch_l, 1) for c in components}
    blended_abv = sum(c.share * float(abv.get(c.lot, 0)) for c in components)
    return jsonify(volumes=volumes, abv=round(blended_abv, 2))
