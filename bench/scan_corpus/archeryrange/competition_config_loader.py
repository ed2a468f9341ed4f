"""Loads tournament definitions uploaded by competition organisers.

Organisers upload a YAML file describing the rounds, distances, target
allocation and entry categories of a tournament. The loader validates the
structure and stores it for the scoring system.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .db import get_db

bp = Blueprint("competition_config", __name__, url_prefix="/competitions")

YAML_OPTIONS: Dict[str, Any] = {"Loader": yaml.Loader}
MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class Distance:
    metres: int
    face_cm: int
    arrows: int


@dataclass
class TournamentConfig:
    name: str
    date: str
    rounds: Dict[str, List[Distance]] = field(default_factory=dict)
    categories: List[str] = field(default_factory=list)


def parse_config(raw: bytes) -> TournamentConfig:
    document = yaml.load(raw, **YAML_OPTIONS)
    if not isinstance(document, dict):
        raise ValueError("Tournament file must be a mapping")
    rounds = {
        name: [Distance(int(d["metres"]), int(d["face_cm"]), int(d["arrows"])) for d in distances]
        for name, distances in document.get("rounds", {}).items()
    }
    return TournamentConfig(
        name=str(document["name"]),
        date=str(document["date"]),
        rounds=rounds,
        categories=[str(c) for c in document.get("categories", [])],
    )


@bp.post("/<int:competition_id>/config")
@login_required
def upload_config(competition_id: int):
    upload = request.files.get("config")
    if upload is None:
        abort(400, "No file uploaded")
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        config = parse_config(raw)
    except (KeyError, ValueError, TypeError) as exc:
        abort(422, f"Invalid tournament file: {exc}")
    db = get_db()
    db.execute(
        "UPDATE competitions SET name = ?, held_on = ?, config_json = ? WHERE id = ?",
        (
            config.name,
            config.date,
            json.dumps({k: [d.__dict__ for d in v] for k, v in config.rounds.items()}),
            competition_id,
        ),
    )
    db.commit()
    return jsonify({"competition": competition_id, "rounds": list(config.rounds)})
