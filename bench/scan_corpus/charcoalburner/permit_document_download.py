"""Download scanned felling licences and permit letters.

Coupe managers upload the Forestry Commission paperwork for each coupe; the
scans are kept in a shared folder on the office server and served here.
"""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("permit_docs", __name__, url_prefix="/permits")

ALLOWED_SUFFIXES = (".pdf", ".jpg", ".png")


def _permit_root() -> str:
    return current_app.config["PERMIT_SCAN_DIR"]


@bp.get("/documents")
@login_required
def list_documents():
    root = _permit_root()
    docs = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.is_file() and entry.name.lower().endswith(ALLOWED_SUFFIXES):
            stat = entry.stat()
            docs.append(
                {
                    "name": entry.name,
                    "size": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(),
                }
            )
    return jsonify(documents=docs)


@bp.get("/documents/<path:filename>")
@login_required
def download_document(filename: str):
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_permit_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("user %s downloaded permit %s", current_user.get_id(), filename)
    return send_file(full_path, as_attachment=True)
