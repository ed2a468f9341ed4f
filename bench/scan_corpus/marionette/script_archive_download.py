"""Lets directors download archived show scripts and blocking notes."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, send_file, session

bp = Blueprint("script_archive", __name__, url_prefix="/archive")

ALLOWED_ROLES = {"director", "stage_manager", "company_manager"}


def _archive_root() -> str:
    return current_app.config["SCRIPT_ARCHIVE_DIR"]


def _script_path(name: str) -> str:
    return os.path.join(_archive_root(), name)


def _require_role() -> None:
    if session.get("role") not in ALLOWED_ROLES:
        abort(403)


@bp.get("/scripts")
def list_scripts():
    _require_role()
    entries = []
    for entry in os.scandir(_archive_root()):
        if entry.is_file() and entry.name.lower().endswith((".pdf", ".fdx", ".txt")):
            stat = entry.stat()
            entries.append(
                {
                    "name": entry.name,
                    "size": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                }
            )
    entries.sort(key=lambda item: item["name"])
    return jsonify(entries)


@bp.get("/scripts/<path:name>")
def download_script(name: str):
    _require_role()
    path = _script_path(name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
