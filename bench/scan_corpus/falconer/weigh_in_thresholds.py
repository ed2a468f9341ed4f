"""Per-species weight alert thresholds used on the weigh-in screen.

Thresholds are edited by the head falconer as a tuple of percentages, e.g.
``(-8, -4, 4, 8)``, meaning red/amber bands either side of the base weight.
"""
import ast

from flask import Blueprint, abort, jsonify, request

from falconer.auth import require_role
from falconer.species.repository import get_species, store_thresholds

bp = Blueprint("thresholds", __name__, url_prefix="/species")

DEFAULT_BANDS = (-8.0, -4.0, 4.0, 8.0)


def parse_bands(text: str) -> tuple[float, float, float, float]:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        abort(400, "thresholds must be a tuple of four numbers")
    if not isinstance(value, (tuple, list)) or len(value) != 4:
        abort(400, "thresholds must be a tuple of four numbers")
    bands = tuple(float(v) for v in value)
    if list(bands) != sorted(bands):
        abort(400, "thresholds must be in ascending order")
    return bands


def classify(weight: float, base: float, bands=DEFAULT_BANDS) -> str:
    change = (weight - base) / base * 100
    red_low, amber_low, amber_high, red_high = bands
    if change <= red_low or change >= red_high:
        return "red"
    if change <= amber_low or change >= amber_high:
        return "amber"
    return "green"


@bp.put("/<species_code>/thresholds")
@require_role("head_falconer")
def update_thresholds(species_code: str):
    species = get_species(species_code) or abort(404)
    bands = parse_bands(request.form["thresholds"])
    store_thresholds(species.id, bands)
    return jsonify({"species": species.code, "bands": bands})
