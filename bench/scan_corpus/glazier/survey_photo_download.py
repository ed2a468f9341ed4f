"""Serve site survey photos to the office.

Surveyors photograph each opening (frame condition, access, cills, any
leaded or Georgian bar detail) and the tablet syncs the images into a
folder per job on the file server.
"""
import mimetypes
import os
import re
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required

bp = Blueprint("survey_photos", __name__, url_prefix="/surveys")

ALLOWED_PREVIEW = {".jpg", ".jpeg", ".png", ".heic"}
JOB_REF_RE = re.compile(r"^[A-Z]{2,4}-\d{4,6}$")


def photo_root() -> str:
    return current_app.config.get("SURVEY_PHOTO_ROOT", "/srv/glazeops/survey-photos")


def job_folder(job_ref: str) -> str:
    ref = job_ref.upper()
    if not JOB_REF_RE.match(ref):
        abort(404)
    return os.path.join(photo_root(), ref)


@bp.get("/<job_ref>/photos")
@login_required
def list_photos(job_ref: str):
    folder = job_folder(job_ref)
    if not os.path.isdir(folder):
        abort(404)
    entries = []
    for name in sorted(os.listdir(folder)):
        st = os.stat(os.path.join(folder, name))
        entries.append({
            "name": name,
            "size": st.st_size,
            "taken": datetime.fromtimestamp(st.st_mtime).isoformat(timespec="seconds"),
        })
    return jsonify(entries)


@bp.get("/<job_ref>/photo")
@login_required
def get_photo(job_ref: str):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    full_path = os.path.join(job_folder(job_ref), name)
    if not os.path.isfile(full_path):
        abort(404)
    as_attachment = os.path.splitext(name)[1].lower() not in ALLOWED_PREVIEW
    return send_file(
        full_path,
        mimetype=mimetypes.guess_type(name)[0] or "application/octet-stream",
        as_attachment=as_attachment,
    )
