"""Soundboard and rib templates (DXF/SVG) used by the CNC router, for staff to fetch and replace."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("templates_files", __name__, url_prefix="/workshop/templates")

TEMPLATE_TYPES = {".dxf", ".svg", ".nc"}


def _template_dir() -> str:
    return current_app.config["SOUNDBOARD_TEMPLATE_DIR"]


@bp.get("")
@login_required
def list_templates():
    entries = []
    for entry in os.scandir(_template_dir()):
        if entry.is_file() and os.path.splitext(entry.name)[1].lower() in TEMPLATE_TYPES:
            stat = entry.stat()
            entries.append(
                {
                    "name": entry.name,
                    "bytes": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                }
            )
    return jsonify(sorted(entries, key=lambda e: e["name"]))


@bp.get("/<path:name>")
@login_required
def fetch_template(name: str):
    return send_from_directory(_template_dir(), name, as_attachment=True)


@bp.put("/<name>")
@login_required
def replace_template(name: str):
    if not current_user.has_role("cnc"):
        abort(403)
    filename = secure_filename(name)
    if not filename or os.path.splitext(filename)[1].lower() not in TEMPLATE_TYPES:
        abort(400, "template must be .dxf, .svg or .nc")
    upload = request.files.get("file")
    if upload is None:
        abort(400, "no file")
    destination = os.path.join(_template_dir(), filename)
    upload.save(destination)
    current_app.logger.info("template %s replaced by %s", filename, current_user.username)
    return jsonify({"saved": filename}), 201
