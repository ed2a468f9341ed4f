"""Upload and download of gauge calibration sheets for telemetry stations."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("calibration", __name__, url_prefix="/calibration")

ALLOWED_SUFFIXES = {".pdf", ".csv", ".xlsx"}


def calibration_root() -> Path:
    return Path(current_app.config["GAUGE_CALIBRATION_DIR"]).resolve()


def confined_path(station_code: str, name: str) -> Path:
    root = calibration_root()
    candidate = (root / station_code / name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.post("/<station_code>")
@login_required
def upload(station_code: str):
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    target = confined_path(secure_filename(station_code), name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return jsonify(stored=name, station=station_code), 201


@bp.get("/<station_code>/<name>")
@login_required
def download(station_code: str, name: str):
    path = confined_path(station_code, name)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.delete("/<station_code>/<name>")
@login_required
def remove(station_code: str, name: str):
    path = confined_path(station_code, name)
    try:
        os.remove(path)
    except FileNotFoundError:
        abort(404)
    return jsonify(deleted=path.name)
