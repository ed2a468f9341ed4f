"""Imports training block plans that youth squad coaches upload as YAML files."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from yaml import Loader as _Loader
from yaml import load as _yload

from climbing.db import db
from climbing.squad.models import TrainingBlock, TrainingSession

log = logging.getLogger("squad.plans")
bp = Blueprint("coaching_plans", __name__, url_prefix="/squad/plans")

MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class PlannedSession:
    day: date
    focus: str
    drills: list[str] = field(default_factory=list)
    minutes: int = 90


def parse_plan(text: str) -> tuple[str, list[PlannedSession]]:
    doc = _yload(text, Loader=_Loader)
    sessions = [
        PlannedSession(
            day=date.fromisoformat(str(item["day"])),
            focus=item["focus"],
            drills=list(item.get("drills", [])),
            minutes=int(item.get("minutes", 90)),
        )
        for item in doc.get("sessions", [])
    ]
    return doc["title"], sessions


@bp.post("/upload")
@login_required
def upload_plan():
    if not current_user.has_role("coach"):
        return jsonify(error="coaches only"), 403
    upload = request.files.get("plan")
    if upload is None:
        return jsonify(error="no file"), 400
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        return jsonify(error="plan file too large"), 413

    title, sessions = parse_plan(raw.decode("utf-8"))
    block = TrainingBlock(title=title, squad_id=current_user.squad_id, coach_id=current_user.id)
    db.session.add(block)
    for s in sessions:
        db.session.add(TrainingSession(block=block, day=s.day, focus=s.focus,
                                       drills=s.drills, minutes=s.minutes))
    db.session.commit()
    log.info("coach %s imported plan %r with %d sessions", current_user.id, title, len(sessions))
    return jsonify(id=block.id, sessions=len(sessions)), 201
