"""Accept measurement exports uploaded from the lab's spectrophotometer PCs.

The instrument software exports QTX/CXF files; the lab tech uploads them
through the intranet page and the import job picks them up from the inbox.
"""
import logging
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("spectro_upload", __name__)
log = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = {".qtx", ".cxf", ".csv"}
MAX_BYTES = 20 * 1024 * 1024


def inbox_dir() -> str:
    path = current_app.config.get("SPECTRO_INBOX", "/srv/colour-lab/inbox")
    os.makedirs(path, exist_ok=True)
    return path


def stored_name(original: str, station: str) -> str:
    base = secure_filename(original)
    if not base:
        raise ValueError("empty file name")
    ext = os.path.splitext(base)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        raise ValueError(f"unsupported export type {ext or '(none)'}")
    stamp = datetime.utcnow().strftime("%Y%m%dT%H%M%S")
    return f"{stamp}_{secure_filename(station)}_{base}"


@bp.post("/spectro/uploads")
def upload():
    files = request.files.getlist("export")
    station = request.form.get("station", "unknown")
    if not files:
        abort(400, "no files")
    saved = []
    for f in files:
        try:
            name = stored_name(f.filename or "", station)
        except ValueError as exc:
            abort(400, str(exc))
        dest = os.path.join(inbox_dir(), name)
        f.save(dest)
        if os.path.getsize(dest) > MAX_BYTES:
            os.remove(dest)
            abort(413)
        saved.append(name)
        log.info("spectro export %s received from station %s", name, station)
    return jsonify({"saved": saved}), 201
