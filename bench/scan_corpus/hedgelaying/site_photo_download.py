"""Download endpoint for site photos taken by the crew.

Before-and-after photos of every laid hedge are uploaded from the crew
phones into ``PHOTO_ROOT/<job_id>/``. Landowners and the office download
them for stewardship claim evidence.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from jobs import user_can_view_job

bp = Blueprint("site_photos", __name__)

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


def photo_root() -> str:
    return current_app.config["PHOTO_ROOT"]


@bp.get("/jobs/<int:job_id>/photos")
@login_required
def list_photos(job_id: int):
    if not user_can_view_job(current_user, job_id):
        abort(403)
    folder = os.path.join(photo_root(), str(job_id))
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))
    return {"photos": names}


@bp.get("/jobs/<int:job_id>/photos/<path:filename>")
@login_required
def download_photo(job_id: int, filename: str):
    if not user_can_view_job(current_user, job_id):
        abort(403)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(photo_root(), str(job_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))
