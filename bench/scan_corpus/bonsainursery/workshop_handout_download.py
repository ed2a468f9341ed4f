"""Download page for workshop handouts (PDF guides, wiring diagrams, photos).

Attendees of a workshop can download the handouts of that workshop for a
year. Files live in one folder per workshop on the media volume.
"""
from __future__ import annotations

import os
from datetime import date, timedelta

from flask import Flask, abort, g, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
HANDOUT_ROOT = os.environ.get("HANDOUT_ROOT", "/srv/bonsainursery/handouts")
ACCESS_PERIOD = timedelta(days=365)


class AttendanceRegistry:
    """Looks up which workshops a logged-in customer attended."""

    def __init__(self, rows: dict[int, dict[int, date]] | None = None):
        self._rows = rows or {}

    def attended_on(self, customer_id: int, workshop_id: int) -> date | None:
        return self._rows.get(customer_id, {}).get(workshop_id)


registry = AttendanceRegistry()


def _workshop_dir(workshop_id: int) -> str:
    return os.path.join(HANDOUT_ROOT, f"workshop-{workshop_id:05d}")


def _check_access(workshop_id: int) -> None:
    customer_id = g.get("customer_id")
    if customer_id is None:
        abort(401)
    attended = registry.attended_on(customer_id, workshop_id)
    if attended is None or date.today() - attended > ACCESS_PERIOD:
        abort(403)


@app.get("/workshops/<int:workshop_id>/handouts")
def list_handouts(workshop_id: int):
    _check_access(workshop_id)
    folder = _workshop_dir(workshop_id)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"workshop": workshop_id, "files": names}


@app.get("/workshops/<int:workshop_id>/handouts/<name>")
def download_handout(workshop_id: int, name: str):
    _check_access(workshop_id)
    cleaned = secure_filename(name)
    if not cleaned:
        abort(404)
    return send_from_directory(_workshop_dir(workshop_id), cleaned, as_attachment=True)
