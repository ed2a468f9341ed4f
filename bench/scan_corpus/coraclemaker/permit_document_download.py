"""Serve scanned river permit paperwork to instructors before a trip.

Scans live on the file server under ``PERMIT_DOCS_DIR/<permit id>/`` and are
uploaded by the office (PDF permits, landowner letters, risk assessments).
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

from .models import RiverPermit

bp = Blueprint("permit_docs", __name__, url_prefix="/permits")

ALLOWED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


def _docs_root() -> str:
    return current_app.config["PERMIT_DOCS_DIR"]


def _require_instructor() -> None:
    if not getattr(current_user, "is_instructor", False):
        abort(403)


@bp.get("/<int:permit_id>/documents")
@login_required
def list_documents(permit_id: int):
    _require_instructor()
    permit = RiverPermit.query.get_or_404(permit_id)
    folder = os.path.join(_docs_root(), str(permit.id))
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(
        n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES)
    )
    return jsonify(names)


@bp.get("/<int:permit_id>/documents/download")
@login_required
def download_document(permit_id: int):
    _require_instructor()
    permit = RiverPermit.query.get_or_404(permit_id)
    name = request.args.get("file", "")
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        abort(400, "unsupported document type")
    path = os.path.join(_docs_root(), str(permit.id), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info(
        "instructor %s downloaded %s for permit %s", current_user.id, name, permit.reference
    )
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
