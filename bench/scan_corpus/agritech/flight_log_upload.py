"""Receive drone flight-log bundles uploaded from the ground-station app.

Pilots export a .tar.gz from the ground station containing the raw .bin/.tlog
files plus a manifest.json. We unpack each upload into its own staging
directory and hand the individual logs to the parser queue.
"""
import json
import logging
import shutil
import uuid
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

from .queue import enqueue_parse

bp = Blueprint("flight_logs", __name__, url_prefix="/api/flight-logs")
log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".tar.gz", ".tgz", ".tar")
LOG_SUFFIXES = {".bin", ".tlog", ".ulg"}


def _staging_root() -> Path:
    return Path(current_app.config["FLIGHT_LOG_STAGING"])


@bp.post("/upload")
def upload_bundle():
    upload = request.files.get("bundle")
    if upload is None or not upload.filename.endswith(ALLOWED_SUFFIXES):
        return jsonify(error="expected a .tar.gz bundle"), 400

    job_id = uuid.uuid4().hex
    job_dir = _staging_root() / job_id
    job_dir.mkdir(parents=True)
    archive_path = job_dir / secure_filename(upload.filename)
    upload.save(archive_path)

    unpack_dir = job_dir / "unpacked"
    shutil.unpack_archive(str(archive_path), str(unpack_dir))
    archive_path.unlink()

    manifest_file = unpack_dir / "manifest.json"
    manifest = json.loads(manifest_file.read_text()) if manifest_file.exists() else {}
    logs = sorted(p for p in unpack_dir.rglob("*") if p.suffix.lower() in LOG_SUFFIXES)
    for path in logs:
        enqueue_parse(job_id, str(path), aircraft=manifest.get("aircraft_serial"))

    log.info("flight log bundle %s: %d logs queued", job_id, len(logs))
    return jsonify(job_id=job_id, logs=len(logs)), 202
