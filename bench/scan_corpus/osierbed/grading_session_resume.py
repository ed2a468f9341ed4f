"""Resume a grading session uploaded from the shed tablet.

Graders work through a stack of cut rods, tallying bundles by length band.
If the tablet battery dies they export the session and carry on from
another device; this endpoint restores that state so the count continues.
"""

import pickle
from dataclasses import dataclass, field
from datetime import datetime

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("grading", __name__, url_prefix="/grading")


@dataclass
class GradingSession:
    grader: str
    variety: str
    started_at: datetime
    tallies: dict[str, int] = field(default_factory=dict)
    rejected: int = 0

    def total(self) -> int:
        return sum(self.tallies.values())


_active: dict[str, GradingSession] = {}


def load_session_blob(blob: bytes) -> GradingSession:
    restored = pickle.loads(blob)
    if not isinstance(restored, GradingSession):
        raise ValueError("not a grading session export")
    return restored


@bp.post("/sessions/resume")
def resume_session():
    upload = request.files.get("session_file")
    if upload is None:
        abort(400)
    try:
        restored = load_session_blob(upload.read())
    except (ValueError, pickle.UnpicklingError):
        abort(422)
    _active[restored.grader] = restored
    return jsonify(grader=restored.grader, variety=restored.variety, bundles=restored.total())


@bp.get("/sessions/<grader>/export")
def export_session(grader: str):
    current = _active.get(grader)
    if current is None:
        abort(404)
    filename = f"{current.grader}-{current.variety}.gradesession"
    return pickle.dumps(current), 200, {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": f'attachment; filename="{filename}"',
    }
