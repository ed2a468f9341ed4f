"""Downloads of high-resolution scans of paper rolls and organ book music for members."""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("roll_scans", __name__, url_prefix="/library/scans")

ALLOWED_SUFFIXES = {".tif", ".tiff", ".png", ".pdf", ".mid"}


class ScanLibrary:
    def __init__(self, root: str) -> None:
        self.root = root

    @property
    def scan_dir(self) -> str:
        return os.path.join(self.root, "scans")

    def list_scans(self) -> list[dict]:
        entries = []
        for entry in sorted(Path(self.scan_dir).iterdir()):
            if entry.is_file() and entry.suffix.lower() in ALLOWED_SUFFIXES:
                entries.append({"name": entry.name, "size": entry.stat().st_size})
        return entries

    def locate(self, filename: str) -> str:
        return os.path.join(self.scan_dir, filename)


def _library() -> ScanLibrary:
    return ScanLibrary(current_app.config["ROLL_LIBRARY_ROOT"])


@bp.get("/")
@login_required
def index():
    return jsonify(scans=_library().list_scans())


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if not current_user.is_member:
        abort(403)
    path = _library().locate(filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    current_app.logger.info("scan %s downloaded by member %s", filename, current_user.id)
    return send_file(path, mimetype=mimetype, as_attachment=True)
