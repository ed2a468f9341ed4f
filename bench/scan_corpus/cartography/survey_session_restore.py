"""Restore a saved field-survey session in the survey web app.

Surveyors working offline in the tablet app can export their in-progress
session (points collected, control stations, notes) and upload it later
to continue in the browser.
"""
from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("survey_sessions", __name__, url_prefix="/survey/sessions")

MAX_SESSION_BYTES = 20 * 1024 * 1024


@dataclass
class SurveySession:
    project_id: int
    crew: str
    points: list[tuple[float, float, float]] = field(default_factory=list)
    control_stations: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _summarise(session: SurveySession) -> dict:
    return {
        "project_id": session.project_id,
        "crew": session.crew,
        "points": len(session.points),
        "control_stations": sorted(session.control_stations),
        "notes": len(session.notes),
    }


@bp.post("/restore")
@login_required
def restore_session():
    upload = request.files.get("session")
    if upload is None:
        abort(400, "missing session file")
    data = upload.read(MAX_SESSION_BYTES + 1)
    if len(data) > MAX_SESSION_BYTES:
        abort(413)

    session = pickle.loads(data)
    if not isinstance(session, SurveySession):
        abort(422, "not a survey session export")
    if session.project_id not in current_user.project_ids:
        abort(403)

    log.info("user %s restored session for project %s", current_user.id, session.project_id)
    return jsonify(_summarise(session))
