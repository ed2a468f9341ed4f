"""Serves crown and brim pattern files to the cutting table and fitters.

Patterns are exported from the CAD tool as SVG or DXF into PATTERN_DIR and
listed here so that staff can download them onto the workroom tablets.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required

bp = Blueprint("patterns", __name__, url_prefix="/patterns")

ALLOWED_SUFFIXES = {".svg", ".dxf", ".pdf"}
MIME_TYPES = {
    ".svg": "image/svg+xml",
    ".dxf": "application/dxf",
    ".pdf": "application/pdf",
}


def _pattern_dir() -> str:
    return current_app.config["PATTERN_DIR"]


@bp.get("/")
@login_required
def list_patterns():
    entries = []
    for entry in sorted(Path(_pattern_dir()).iterdir()):
        if entry.is_file() and entry.suffix.lower() in ALLOWED_SUFFIXES:
            stat = entry.stat()
            entries.append({"name": entry.name, "size": stat.st_size, "modified": int(stat.st_mtime)})
    return jsonify(patterns=entries)


@bp.get("/download")
@login_required
def download_pattern():
    name = request.args.get("file", "")
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(400)

    full_path = os.path.join(_pattern_dir(), name)
    if not os.path.isfile(full_path):
        abort(404)

    return send_file(
        full_path,
        mimetype=MIME_TYPES[suffix],
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
