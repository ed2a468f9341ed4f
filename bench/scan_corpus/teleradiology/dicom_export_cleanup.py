"""Lets clinic staff remove study export bundles they no longer need.

Bundles are zip files of anonymised DICOM prepared on request for second
opinions or teaching files; they are written to ``EXPORT_ROOT/<clinic_id>/``.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__, url_prefix="/portal/exports")
log = logging.getLogger(__name__)


def _export_dir() -> str:
    return os.path.join(current_app.config["EXPORT_ROOT"], str(current_user.clinic_id))


@bp.get("")
@login_required
def list_exports():
    folder = _export_dir()
    bundles = []
    if os.path.isdir(folder):
        for entry in os.scandir(folder):
            if entry.is_file() and entry.name.endswith(".zip"):
                stat = entry.stat()
                bundles.append(
                    {
                        "name": entry.name,
                        "size": stat.st_size,
                        "created": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                    }
                )
    bundles.sort(key=lambda b: b["created"], reverse=True)
    return jsonify(bundles=bundles)


@bp.delete("")
@login_required
def delete_export():
    body = request.get_json(silent=True) or {}
    bundle = str(body.get("bundle", "")).strip()
    if not bundle:
        abort(400)
    path = os.path.join(_export_dir(), bundle)
    try:
        os.remove(path)
    except FileNotFoundError:
        abort(404)
    log.info("clinic %s user %s deleted export %s", current_user.clinic_id, current_user.id, bundle)
    return jsonify(status="deleted", bundle=bundle)
