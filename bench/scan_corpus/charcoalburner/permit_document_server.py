"""Serve scanned felling licences and permit letters to coupe managers.

Scans live in a folder on the office server, one sub-folder per coupe
reference, e.g. `C-014/felling-licence-2024.pdf`.
"""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("permit_files", __name__, url_prefix="/permits")

ALLOWED_SUFFIXES = (".pdf", ".jpg", ".png")


def _permit_root() -> str:
    return current_app.config["PERMIT_SCAN_DIR"]


@bp.get("/<coupe_ref>/documents")
@login_required
def list_documents(coupe_ref: str):
    folder = os.path.join(_permit_root(), coupe_ref)
    if not coupe_ref.replace("-", "").isalnum() or not os.path.isdir(folder):
        abort(404)
    docs = [
        {
            "name": entry.name,
            "size": entry.stat().st_size,
            "modified": datetime.fromtimestamp(entry.stat().st_mtime).isoformat(),
        }
        for entry in sorted(os.scandir(folder), key=lambda e: e.name)
        if entry.is_file() and entry.name.lower().endswith(ALLOWED_SUFFIXES)
    ]
    return jsonify(coupe=coupe_ref, documents=docs)


@bp.get("/documents/<path:filename>")
@login_required
def download_document(filename: str):
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    current_app.logger.info("user %s requested permit %s", current_user.get_id(), filename)
    return send_from_directory(_permit_root(), filename, as_attachment=True)
