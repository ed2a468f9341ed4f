"""Download of lab report PDFs for owners and staff.

The import job writes each lab's PDF into REPORTS_DIR/<animal id>/ using the lab's
own file name, and the owner portal links to them from the animal's history page.
"""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, request, send_file, session

from .db import get_db

bp = Blueprint("lab_reports", __name__, url_prefix="/portal/lab-reports")


def _owner_has_animal(owner_id: int, animal_id: int) -> bool:
    row = get_db().execute(
        "SELECT 1 FROM animals WHERE id = ? AND owner_id = ?",
        (animal_id, owner_id),
    ).fetchone()
    return row is not None


@bp.get("/<int:animal_id>/download")
def download_report(animal_id: int):
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    if not session.get("staff") and not _owner_has_animal(owner_id, animal_id):
        abort(404)
    report_file = request.args.get("file", "")
    if not report_file.lower().endswith(".pdf"):
        abort(400)
    animal_dir = os.path.join(current_app.config["REPORTS_DIR"], str(animal_id))
    path = os.path.join(animal_dir, report_file)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(path))


@bp.get("/")
def list_reports():
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    rows = get_db().execute(
        "SELECT r.file_name, r.reported_at, a.name AS animal FROM lab_reports r "
        "JOIN animals a ON a.id = r.animal_id WHERE a.owner_id = ? ORDER BY r.reported_at DESC",
        (owner_id,),
    ).fetchall()
    return {"reports": [dict(r) for r in rows]}
