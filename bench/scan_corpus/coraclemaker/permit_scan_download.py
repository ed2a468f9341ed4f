"""Let guides download scanned permit paperwork from the trip-day app.

Scans are stored under ``PERMIT_SCAN_DIR/<permit id>/``.  Downloads go
through ``send_from_directory``, which refuses names that escape the folder.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required

from .models import RiverPermit

bp = Blueprint("permit_scans", __name__, url_prefix="/trip-day/permits")

SCAN_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


def _permit_folder(permit: RiverPermit) -> Path:
    return Path(current_app.config["PERMIT_SCAN_DIR"]) / str(permit.id)


def _guard() -> None:
    if not (current_user.is_staff or current_user.is_instructor):
        abort(403)


@bp.get("/<int:permit_id>/scans")
@login_required
def list_scans(permit_id: int):
    _guard()
    permit = RiverPermit.query.get_or_404(permit_id)
    folder = _permit_folder(permit)
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SCAN_SUFFIXES))


@bp.get("/<int:permit_id>/scans/download")
@login_required
def download_scan(permit_id: int):
    _guard()
    permit = RiverPermit.query.get_or_404(permit_id)
    name = request.args.get("file", "")
    if os.path.splitext(name)[1].lower() not in SCAN_SUFFIXES:
        abort(400, "unsupported file type")
    current_app.logger.info(
        "user %s requested scan %r of permit %s", current_user.id, name, permit.reference
    )
    return send_from_directory(_permit_folder(permit), name, as_attachment=True)
