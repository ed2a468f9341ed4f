"""Serve approved jar label artwork to the label printing contractor.

Artwork PDFs are uploaded by the marketing team and approved per product;
the print contractor downloads them by file name.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("artwork", __name__, url_prefix="/artwork")

ALLOWED_ROLES = {"print_contractor", "packaging_manager"}


def artwork_dir() -> str:
    return current_app.config["LABEL_ARTWORK_DIR"]


def _require_role() -> None:
    if current_user.role not in ALLOWED_ROLES:
        abort(403)


@bp.get("/")
@login_required
def list_artwork():
    _require_role()
    entries = []
    for name in sorted(os.listdir(artwork_dir())):
        if name.lower().endswith(".pdf"):
            stat = os.stat(os.path.join(artwork_dir(), name))
            entries.append({"file": name, "bytes": stat.st_size, "modified": int(stat.st_mtime)})
    return jsonify(artwork=entries)


@bp.get("/<path:filename>")
@login_required
def download_artwork(filename: str):
    _require_role()
    full_path = os.path.join(artwork_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("artwork %s downloaded by %s", filename, current_user.username)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
