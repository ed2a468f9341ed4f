"""Serve site photos attached to a job's progress report.

Photos are stored on disk under PHOTO_ROOT/<job_ref>/ by the upload worker;
the report page links to them individually.
"""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("photo_reports", __name__, url_prefix="/reports")


def photo_root() -> str:
    return current_app.config.get("PHOTO_ROOT", "/srv/plasterpro/photos")


def user_can_view(job_ref: str) -> bool:
    jobs = current_app.extensions["jobs"]
    job = jobs.get(job_ref)
    return job is not None and (current_user.is_staff or job.client_id == current_user.client_id)


@bp.get("/<job_ref>/photos/<path:filename>")
@login_required
def job_photo(job_ref: str, filename: str):
    if not user_can_view(job_ref):
        abort(404)
    full_path = os.path.join(photo_root(), job_ref, filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)


@bp.get("/<job_ref>/photos")
@login_required
def photo_list(job_ref: str):
    if not user_can_view(job_ref):
        abort(404)
    folder = os.path.join(photo_root(), job_ref)
    names = sorted(
        n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png", ".heic"))
    ) if os.path.isdir(folder) else []
    return {"job": job_ref, "photos": names}
