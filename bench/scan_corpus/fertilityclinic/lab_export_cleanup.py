"""Housekeeping API for generated lab exports.

The LIMS writes PDF and CSV exports (andrology reports, cryo inventory
sheets) to a shared export directory. Lab managers can list them and delete
ones that are no longer needed from the admin screen.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

from lims.auth import role_required

bp = Blueprint("lab_exports", __name__, url_prefix="/admin/exports")
log = logging.getLogger("lims.exports")

ALLOWED_SUFFIXES = (".pdf", ".csv")


def export_dir() -> str:
    return current_app.config["LAB_EXPORT_DIR"]


@bp.get("")
@role_required("lab_manager")
def list_exports():
    items = []
    with os.scandir(export_dir()) as entries:
        for entry in entries:
            if entry.is_file() and entry.name.endswith(ALLOWED_SUFFIXES):
                stat = entry.stat()
                items.append(
                    {
                        "name": entry.name,
                        "size": stat.st_size,
                        "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                    }
                )
    items.sort(key=lambda i: i["modified"], reverse=True)
    return jsonify(exports=items)


@bp.post("/delete")
@role_required("lab_manager")
def delete_exports():
    names = (request.get_json(silent=True) or {}).get("names", [])
    if not isinstance(names, list) or not names:
        abort(400)
    removed = []
    for name in names:
        if not isinstance(name, str) or not name.endswith(ALLOWED_SUFFIXES):
            continue
        target = os.path.join(export_dir(), name)
        try:
            os.remove(target)
        except FileNotFoundError:
            continue
        removed.append(name)
        log.info("export %s deleted", name)
    return jsonify(removed=removed)
