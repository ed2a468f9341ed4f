"""Load vessel deck profiles uploaded by the fleet technical team.

A profile describes lanes, deck heights and axle-load limits per deck. The
planners upload new YAML files after dry-dock refits.
"""
from dataclasses import dataclass
from typing import Dict, List

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from deckplan.models import save_profile

bp = Blueprint("vessel_profiles", __name__, url_prefix="/admin/vessel-profiles")


@dataclass
class Deck:
    name: str
    clear_height_m: float
    max_axle_kg: int
    lanes: List[float]


def parse_profile(stream) -> Dict[str, Deck]:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "decks" not in doc:
        raise ValueError("profile must contain a 'decks' mapping")
    decks = {}
    for name, spec in doc["decks"].items():
        decks[name] = Deck(
            name=name,
            clear_height_m=float(spec["clear_height_m"]),
            max_axle_kg=int(spec["max_axle_kg"]),
            lanes=[float(x) for x in spec["lanes"]],
        )
    return decks


@bp.route("/<vessel_code>", methods=["PUT"])
@login_required
def upload_profile(vessel_code: str):
    upload = request.files.get("profile")
    if upload is None:
        abort(400, "profile file missing")
    try:
        decks = parse_profile(upload.stream)
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
        abort(422, f"invalid profile: {exc}")
    save_profile(vessel_code, decks)
    return jsonify({"vessel": vessel_code, "decks": sorted(decks)})
