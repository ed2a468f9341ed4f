"""Upload of night-scout survey bundles from subcontracted surveyors.

Surveyors drive each route at night and record lamps that are out, cycling
or day-burning. They upload a zip containing a CSV of findings and photos,
which is unpacked into a staging folder for review.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import zipfile

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from lamplighter.settings import settings
from lamplighter.surveys import register_bundle

bp = Blueprint("survey_upload", __name__, url_prefix="/surveys")

ALLOWED_EXT = (".csv", ".jpg", ".jpeg", ".png")
MAX_MEMBERS = 5000


def unpack_bundle(upload_path: str, staging_root: str) -> tuple[str, list[str]]:
    dest = tempfile.mkdtemp(prefix="survey-", dir=staging_root)
    written: list[str] = []
    with zipfile.ZipFile(upload_path) as zf:
        members = zf.infolist()[:MAX_MEMBERS]
        for info in members:
            if info.is_dir() or not info.filename.lower().endswith(ALLOWED_EXT):
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(info.filename)
    return dest, written


@bp.post("/bundles")
@login_required
def upload_bundle():
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.lower().endswith(".zip"):
        return jsonify({"error": "zip bundle required"}), 400
    fd, tmp_zip = tempfile.mkstemp(suffix=".zip", dir=settings.SURVEY_STAGING_DIR)
    with os.fdopen(fd, "wb") as fh:
        upload.save(fh)
    try:
        folder, files = unpack_bundle(tmp_zip, settings.SURVEY_STAGING_DIR)
    finally:
        os.remove(tmp_zip)
    bundle_id = register_bundle(surveyor_id=current_user.id, folder=folder, files=files)
    return jsonify({"bundle": bundle_id, "files": len(files)}), 201
