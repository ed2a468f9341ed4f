"""Serves photos technicians attached to site surveys (entry points, droppings, damage)."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("survey_photos", __name__, url_prefix="/surveys")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def photo_root() -> str:
    return current_app.config["SURVEY_PHOTO_ROOT"]


@bp.post("/<int:survey_id>/photos")
def upload_photo(survey_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "photo is required")
    name = secure_filename(upload.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    folder = os.path.join(photo_root(), str(survey_id))
    os.makedirs(folder, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    stored = f"{stamp}_{name}"
    upload.save(os.path.join(folder, stored))
    return jsonify({"file": stored}), 201


@bp.get("/<int:survey_id>/photos")
def list_photos(survey_id: int):
    folder = os.path.join(photo_root(), str(survey_id))
    if not os.path.isdir(folder):
        return jsonify([])
    return jsonify(sorted(os.listdir(folder)))


@bp.get("/<int:survey_id>/photos/download")
def download_photo(survey_id: int):
    filename = request.args.get("file", "")
    path = os.path.join(photo_root(), str(survey_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
