"""Reading-room endpoints for transcribed keeper logbooks."""
from __future__ import annotations

import os
import re

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

bp = Blueprint("logbooks", __name__, url_prefix="/archive")

STATION_RE = re.compile(r"^[a-z0-9-]{3,40}$")


def archive_root() -> str:
    return current_app.config.get("LOGBOOK_ARCHIVE", os.environ.get("LOGBOOK_ARCHIVE", "/srv/archive"))


@bp.get("/<station>/volumes")
def list_volumes(station: str):
    if not STATION_RE.fullmatch(station):
        abort(404)
    folder = os.path.join(archive_root(), station)
    if not os.path.isdir(folder):
        abort(404)
    volumes = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return jsonify({"station": station, "volumes": volumes})


@bp.get("/<station>/volumes/<path:filename>")
def fetch_volume(station: str, filename: str):
    if not STATION_RE.fullmatch(station):
        abort(404)
    current_app.logger.info("logbook request %s/%s", station, filename)
    return send_from_directory(
        os.path.join(archive_root(), station),
        filename,
        mimetype="application/pdf",
        as_attachment=False,
        max_age=3600,
    )


@bp.errorhandler(404)
def not_found(_err):
    return jsonify({"error": "volume not found"}), 404
