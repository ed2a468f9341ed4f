"""Serves scanned organ book music and roll images to logged-in society members."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("scan_server", __name__, url_prefix="/members/scans")

SCAN_SUFFIXES = {".tif", ".tiff", ".png", ".pdf", ".mid"}


class ScanArchive:
    def __init__(self, root: str) -> None:
        self.root = root

    @property
    def directory(self) -> str:
        return os.path.join(self.root, "scans")

    def catalogue(self) -> list[dict]:
        out = []
        for entry in sorted(Path(self.directory).iterdir()):
            if entry.is_file() and entry.suffix.lower() in SCAN_SUFFIXES:
                out.append({"name": entry.name, "bytes": entry.stat().st_size})
        return out


def _archive() -> ScanArchive:
    return ScanArchive(current_app.config["ROLL_LIBRARY_ROOT"])


@bp.get("/")
@login_required
def catalogue():
    return jsonify(scans=_archive().catalogue())


@bp.get("/<path:filename>")
@login_required
def fetch_scan(filename: str):
    if not current_user.is_member:
        abort(403)
    if Path(filename).suffix.lower() not in SCAN_SUFFIXES:
        abort(404)
    current_app.logger.info("member %s fetched scan %s", current_user.id, filename)
    return send_from_directory(_archive().directory, filename, as_attachment=True)
