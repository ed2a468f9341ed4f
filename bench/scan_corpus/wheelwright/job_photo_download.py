"""Condition photographs attached to job cards.

Before work starts every wheel is photographed from both faces, with close-ups
of split felloes, loose spokes and worn boxes. Museum clients download these
for their conservation files.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("job_photos", __name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif"}


def _photo_root() -> str:
    return current_app.config["JOB_PHOTO_ROOT"]


def _may_view(job_number: str) -> bool:
    if current_user.is_staff:
        return True
    return job_number in current_user.job_numbers()


@bp.get("/jobs/<job_number>/photos")
@login_required
def list_photos(job_number: str):
    if not _may_view(job_number):
        abort(403)
    folder = Path(_photo_root()) / job_number
    if not folder.is_dir():
        return jsonify(photos=[])
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)
    return jsonify(photos=names)


@bp.get("/jobs/<job_number>/photo")
@login_required
def download_photo(job_number: str):
    if not _may_view(job_number):
        abort(403)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_photo_root(), job_number, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=request.args.get("download") == "1")
