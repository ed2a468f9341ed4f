"""Serve inspection photos to site reps in the committee portal."""
import os
import sqlite3

from flask import Blueprint, abort, current_app, g, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("rep_photos", __name__, url_prefix="/rep/inspections")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def rep_covers(inspection_id: int) -> bool:
    row = get_db().execute(
        "SELECT 1 FROM inspection i JOIN plot p ON p.plot_ref = i.plot_ref "
        "JOIN site_rep r ON r.site_code = p.site_code "
        "WHERE i.id = ? AND r.member_id = ?",
        (inspection_id, current_user.id),
    ).fetchone()
    return row is not None


@bp.get("/<int:inspection_id>/photos/<path:filename>")
@login_required
def photo(inspection_id: int, filename: str):
    if not rep_covers(inspection_id):
        abort(403)
    directory = os.path.join(current_app.config["INSPECTION_PHOTO_DIR"], str(inspection_id))
    return send_from_directory(directory, filename, max_age=3600)


@bp.get("/<int:inspection_id>/photos")
@login_required
def photo_index(inspection_id: int):
    if not rep_covers(inspection_id):
        abort(403)
    rows = get_db().execute(
        "SELECT filename, caption, taken_at FROM inspection_photo WHERE inspection_id = ? ORDER BY taken_at",
        (inspection_id,),
    ).fetchall()
    return {"photos": [dict(r) for r in rows]}
