"""Import of dimming profiles supplied by the council as YAML.

A profile lists the dim levels for a group of lamps through the night, for
example full output until 22:00 then 60% until 05:30. Lighting engineers
upload the council's YAML file and the profile is pushed to controllers.
"""
from __future__ import annotations

from datetime import time

import yaml
from flask import Blueprint, jsonify, request
from flask_login import login_required

from lamplighter.dimming import DimmingProfile, DimStep, save_profile

bp = Blueprint("dimming_import", __name__, url_prefix="/dimming")

MAX_STEPS = 12


def _parse_step(raw: dict) -> DimStep:
    hh, mm = (int(x) for x in str(raw["from"]).split(":"))
    level = int(raw["level"])
    if not 0 <= level <= 100:
        raise ValueError(f"dim level {level} out of range")
    return DimStep(start=time(hh, mm), level=level)


def parse_profile(stream) -> DimmingProfile:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "steps" not in doc:
        raise ValueError("profile must be a mapping with a 'steps' list")
    steps = [_parse_step(s) for s in doc["steps"][:MAX_STEPS]]
    return DimmingProfile(
        code=str(doc["code"]),
        description=str(doc.get("description", "")),
        steps=sorted(steps, key=lambda s: s.start),
    )


@bp.post("/profiles/import")
@login_required
def import_profile():
    upload = request.files.get("profile")
    if upload is None:
        return jsonify({"error": "no file"}), 400
    try:
        profile = parse_profile(upload.stream)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    save_profile(profile)
    return jsonify({"code": profile.code, "steps": len(profile.steps)}), 201
