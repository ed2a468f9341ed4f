"""Treasurer's archive of duty returns filed with the tax office."""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file

from .auth import treasurer_required

bp = Blueprint("duty_archive", __name__, url_prefix="/treasurer/duty-returns")


def _archive_dir() -> str:
    return current_app.config["DUTY_RETURN_ARCHIVE"]


@bp.get("/")
@treasurer_required
def list_returns():
    entries = []
    for name in sorted(os.listdir(_archive_dir())):
        if not name.endswith(".pdf"):
            continue
        full = os.path.join(_archive_dir(), name)
        entries.append(
            {
                "file": name,
                "size": os.path.getsize(full),
                "modified": datetime.fromtimestamp(os.path.getmtime(full)).isoformat(),
            }
        )
    return jsonify(entries)


@bp.get("/<path:filename>")
@treasurer_required
def download_return(filename: str):
    full_path = os.path.join(_archive_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
