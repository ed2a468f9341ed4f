"""Serves before-and-after site photos of laid hedges.

Photos are uploaded from the crew phones into ``PHOTO_ROOT/<job_id>/``
and downloaded by landowners and the office as claim evidence.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from jobs import user_can_view_job

bp = Blueprint("photo_server", __name__)

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


def job_photo_dir(job_id: int) -> str:
    return os.path.join(current_app.config["PHOTO_ROOT"], str(job_id))


@bp.get("/jobs/<int:job_id>/photos")
@login_required
def photo_index(job_id: int):
    if not user_can_view_job(current_user, job_id):
        abort(403)
    folder = job_photo_dir(job_id)
    if not os.path.isdir(folder):
        return {"photos": []}
    return {
        "photos": sorted(
            n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES)
        )
    }


@bp.get("/jobs/<int:job_id>/photos/<path:filename>")
@login_required
def photo_file(job_id: int, filename: str):
    if not user_can_view_job(current_user, job_id):
        abort(403)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    return send_from_directory(job_photo_dir(job_id), filename, as_attachment=True)
