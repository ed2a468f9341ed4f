"""Manager tools for the PDF scorecard exports generated after each tournament."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("scorecard_exports", __name__, url_prefix="/manager/exports")
log = logging.getLogger("laserquest.exports")


def _export_dir() -> str:
    return current_app.config["SCORECARD_EXPORT_DIR"]


def _require_manager() -> None:
    if not getattr(current_user, "is_manager", False):
        abort(403)


@bp.get("")
@login_required
def list_exports():
    _require_manager()
    out = []
    for name in sorted(os.listdir(_export_dir())):
        full = os.path.join(_export_dir(), name)
        if os.path.isfile(full):
            out.append({"file": name, "bytes": os.path.getsize(full)})
    return jsonify(out)


@bp.post("/delete")
@login_required
def delete_export():
    _require_manager()
    payload = request.get_json(force=True)
    filename = payload.get("filename", "")
    if not filename:
        abort(400, "filename is required")
    target = os.path.join(_export_dir(), filename)
    if not os.path.exists(target):
        abort(404)
    os.remove(target)
    log.info("manager %s deleted export %s", current_user.get_id(), filename)
    return jsonify({"deleted": filename})


@bp.post("/purge-old")
@login_required
def purge_old():
    _require_manager()
    days = int(request.args.get("days", 90))
    cutoff = datetime.now() - timedelta(days=days)
    removed = 0
    for entry in os.scandir(_export_dir()):
        if entry.is_file() and datetime.fromtimestamp(entry.stat().st_mtime) < cutoff:
            os.remove(entry.path)
            removed += 1
    log.info("purged %d exports older than %d days", removed, days)
    return jsonify({"removed": removed})
