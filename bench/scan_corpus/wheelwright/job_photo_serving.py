"""Serves condition photographs for job cards to staff and clients.

Photos are stored under one folder per job. Clients may only see photos of
their own jobs.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("photos", __name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif"}


def _job_folder(job_number: str) -> Path:
    if not job_number.isalnum():
        abort(404)
    return Path(current_app.config["JOB_PHOTO_ROOT"]) / job_number


def _may_view(job_number: str) -> bool:
    return current_user.is_staff or job_number in current_user.job_numbers()


@bp.get("/jobs/<job_number>/photos")
@login_required
def list_photos(job_number: str):
    if not _may_view(job_number):
        abort(403)
    folder = _job_folder(job_number)
    if not folder.is_dir():
        return jsonify(photos=[])
    return jsonify(photos=sorted(
        p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES
    ))


@bp.get("/jobs/<job_number>/photo")
@login_required
def download_photo(job_number: str):
    if not _may_view(job_number):
        abort(403)
    name = request.args.get("name", "")
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return send_from_directory(
        _job_folder(job_number),
        name,
        as_attachment=request.args.get("download") == "1",
    )
