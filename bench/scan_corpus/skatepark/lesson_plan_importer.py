"""Imports coaching lesson plans that coaches upload as YAML from the coach portal."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import IO, Any

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .db import db
from .models import LessonPlan

log = logging.getLogger("coaching.import")
bp = Blueprint("lesson_import", __name__, url_prefix="/coach/lessons")

LEVELS = {"first-timer", "beginner", "intermediate", "advanced"}


def _parse_document(stream: IO[bytes]) -> Any:
    return yaml.load(stream, Loader=yaml.Loader)


@dataclass
class LessonDraft:
    title: str
    level: str
    duration_min: int
    drills: list[str] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, data: dict) -> "LessonDraft":
        level = str(data.get("level", "beginner")).lower()
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}")
        return cls(
            title=str(data["title"])[:120],
            level=level,
            duration_min=int(data.get("duration_min", 60)),
            drills=[str(d) for d in data.get("drills", [])],
            equipment=[str(e) for e in data.get("equipment", [])],
        )


@bp.post("/import")
@login_required
def import_plans():
    upload = request.files.get("plan")
    if upload is None:
        abort(400, "no file")
    try:
        document = _parse_document(upload.stream)
        drafts = [LessonDraft.from_mapping(item) for item in document.get("lessons", [])]
    except (yaml.YAMLError, KeyError, ValueError, AttributeError) as exc:
        abort(400, f"could not read lesson plan: {exc}")
    for draft in drafts:
        db.session.add(
            LessonPlan(
                coach_id=current_user.id,
                title=draft.title,
                level=draft.level,
                duration_min=draft.duration_min,
                drills=draft.drills,
                equipment=draft.equipment,
            )
        )
    db.session.commit()
    log.info("coach %s imported %d lesson plans", current_user.id, len(drafts))
    return jsonify(imported=len(drafts))
