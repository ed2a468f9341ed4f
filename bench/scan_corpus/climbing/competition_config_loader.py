"""Loads bouldering league round definitions that organisers upload as YAML."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from yaml import SafeLoader as _Loader
from yaml import YAMLError
from yaml import load as _yload

from climbing.comps.models import LeagueRound, RoundProblem
from climbing.db import db

log = logging.getLogger("comps.rounds")
bp = Blueprint("league_rounds", __name__, url_prefix="/league/rounds")

MAX_UPLOAD_BYTES = 128 * 1024


@dataclass
class RoundSpec:
    name: str
    starts_at: datetime
    ends_at: datetime
    problems: list[dict] = field(default_factory=list)


def parse_round(text: str) -> RoundSpec:
    doc = _yload(text, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("round file must be a mapping")
    return RoundSpec(
        name=str(doc["name"]),
        starts_at=datetime.fromisoformat(str(doc["starts_at"])),
        ends_at=datetime.fromisoformat(str(doc["ends_at"])),
        problems=[
            {"number": int(p["number"]), "points": int(p.get("points", 1000)),
             "zone": bool(p.get("zone", True))}
            for p in doc.get("problems", [])
        ],
    )


@bp.post("/upload")
@login_required
def upload_round():
    if not current_user.has_role("league_organiser"):
        return jsonify(error="organisers only"), 403
    upload = request.files.get("round")
    if upload is None:
        return jsonify(error="no file"), 400
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        return jsonify(error="round file too large"), 413
    try:
        spec = parse_round(raw.decode("utf-8"))
    except (YAMLError, KeyError, ValueError, TypeError) as exc:
        return jsonify(error=f"invalid round file: {exc}"), 422

    rnd = LeagueRound(name=spec.name, starts_at=spec.starts_at, ends_at=spec.ends_at,
                      gym_code=current_user.gym_code)
    db.session.add(rnd)
    for p in spec.problems:
        db.session.add(RoundProblem(round=rnd, **p))
    db.session.commit()
    log.info("organiser %s created round %r", current_user.id, spec.name)
    return jsonify(id=rnd.id, problems=len(spec.problems)), 201
