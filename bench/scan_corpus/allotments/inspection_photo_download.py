"""Download endpoint for plot inspection photos.

Site reps attach photos to each inspection; plot holders can download the
photos of their own plot's inspections when they receive a
non-cultivation notice.
"""
import os
import sqlite3

from flask import Blueprint, abort, current_app, g, send_file
from flask_login import current_user, login_required

bp = Blueprint("inspection_photos", __name__, url_prefix="/inspections")


def photo_root() -> str:
    return current_app.config["INSPECTION_PHOTO_DIR"]


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def may_view(inspection_id: int) -> bool:
    row = get_db().execute(
        "SELECT t.holder_account_id FROM inspection i "
        "JOIN tenancy t ON t.plot_ref = i.plot_ref AND t.ended_on IS NULL "
        "WHERE i.id = ?",
        (inspection_id,),
    ).fetchone()
    if row is None:
        return False
    return current_user.is_site_rep or row["holder_account_id"] == current_user.id


@bp.get("/<int:inspection_id>/photos")
@login_required
def list_photos(inspection_id: int):
    if not may_view(inspection_id):
        abort(404)
    rows = get_db().execute(
        "SELECT filename, caption FROM inspection_photo WHERE inspection_id = ? ORDER BY taken_at",
        (inspection_id,),
    ).fetchall()
    return {"photos": [dict(r) for r in rows]}


@bp.get("/<int:inspection_id>/photos/<path:filename>")
@login_required
def download_photo(inspection_id: int, filename: str):
    if not may_view(inspection_id):
        abort(404)
    path = os.path.join(photo_root(), str(inspection_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=3600)
