"""Loads display-team configuration uploaded by the head falconer.

The YAML lists which birds are on the display team this season, their
flying order and the commentary cards read out by the presenter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("display_config", __name__, url_prefix="/displays/config")

MAX_BYTES = 128 * 1024


@dataclass
class TeamMember:
    bird: str
    species: str
    order: int
    commentary: list[str] = field(default_factory=list)


@dataclass
class DisplayTeam:
    season: int
    members: list[TeamMember]


def parse_team(text: str) -> DisplayTeam:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("expected a mapping at top level")
    members = [
        TeamMember(
            bird=str(m["bird"]),
            species=str(m["species"]),
            order=int(m.get("order", i + 1)),
            commentary=[str(c) for c in m.get("commentary", [])],
        )
        for i, m in enumerate(doc.get("team", []))
    ]
    return DisplayTeam(season=int(doc["season"]), members=sorted(members, key=lambda m: m.order))


@bp.post("/")
@login_required
def upload_team():
    upload = request.files.get("team")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        team = parse_team(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError, UnicodeDecodeError) as exc:
        return jsonify({"error": str(exc)}), 422
    target = Path(current_app.config["DISPLAY_CONFIG_DIR"]) / f"team-{team.season}.yaml"
    target.write_bytes(raw)
    return jsonify({"season": team.season, "birds": [m.bird for m in team.members]})
