"""Lets venue managers download the nightly scorecard CSV exports."""
from __future__ import annotations

import functools
import os
from datetime import datetime

from flask import Blueprint, abort, jsonify, request, send_file, session

bp = Blueprint("scorecard_exports", __name__, url_prefix="/manager")

EXPORT_ROOT = os.environ.get("SCORECARD_EXPORT_DIR", "/srv/puttpalace/exports")


def manager_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") not in {"duty_manager", "franchise_owner"}:
            abort(403)
        venue_id = kwargs.get("venue_id")
        if venue_id is not None and venue_id not in session.get("venues", []):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@bp.get("/venues/<int:venue_id>/exports")
@manager_required
def list_exports(venue_id: int):
    folder = os.path.join(EXPORT_ROOT, str(venue_id))
    if not os.path.isdir(folder):
        return jsonify(files=[])
    files = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name, reverse=True):
        if entry.is_file() and entry.name.endswith(".csv"):
            stat = entry.stat()
            files.append(
                {
                    "name": entry.name,
                    "size": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
                }
            )
    return jsonify(files=files[:60])


@bp.get("/venues/<int:venue_id>/exports/download")
@manager_required
def download_export(venue_id: int):
    name = request.args.get("file", "")
    if not name.endswith(".csv"):
        abort(400)
    path = os.path.join(EXPORT_ROOT, str(venue_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="text/csv", as_attachment=True, download_name=os.path.basename(path))
