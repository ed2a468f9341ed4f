"""Staff downloads of licence paperwork.

Article 10 certificates, registration documents and dangerous wild animal
licences are scanned into LICENCE_DIR and listed on each bird's record.
"""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("licences", __name__, url_prefix="/licences")

ALLOWED_ROLES = {"falconer", "manager", "admin"}


def _licence_dir() -> str:
    return current_app.config["LICENCE_DIR"]


def _require_role() -> None:
    if getattr(current_user, "role", None) not in ALLOWED_ROLES:
        abort(403)


@bp.get("/")
@login_required
def list_documents():
    _require_role()
    entries = []
    for name in sorted(os.listdir(_licence_dir())):
        full = os.path.join(_licence_dir(), name)
        if not os.path.isfile(full):
            continue
        stat = os.stat(full)
        entries.append({
            "name": name,
            "size": stat.st_size,
            "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
        })
    return jsonify(entries)


@bp.get("/download")
@login_required
def download_document():
    _require_role()
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(_licence_dir(), filename)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("licence document %s downloaded by %s",
                            filename, current_user.get_id())
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
