"""Let dispatchers download archived flight-plan PDFs and ATC acknowledgements."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file

archive_bp = Blueprint("fpl_archive", __name__, url_prefix="/archive")


def _archive_root() -> str:
    return current_app.config.get("FPL_ARCHIVE_ROOT", "/srv/heliops/fpl-archive")


def _archive_path(*parts: str) -> str:
    return os.path.normpath(os.path.join(_archive_root(), *parts))


def _describe(path: str) -> dict:
    stat = os.stat(path)
    return {
        "name": os.path.basename(path),
        "bytes": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
    }


@archive_bp.get("/<month>/")
def list_month(month: str):
    if len(month) != 7 or month[4] != "-" or not month.replace("-", "").isdigit():
        abort(400)
    folder = _archive_path(month)
    if not os.path.isdir(folder):
        abort(404)
    entries = sorted(os.listdir(folder))
    return jsonify([_describe(os.path.join(folder, e)) for e in entries])


@archive_bp.get("/download")
def download():
    month = request.args.get("month", "")
    document = request.args.get("document", "")
    if not month or not document:
        abort(400)
    path = _archive_path(month, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
