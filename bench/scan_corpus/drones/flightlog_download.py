"""Flight log listing and download for the operations dashboard."""
import os
import re

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import login_required

bp = Blueprint("flightlogs", __name__, url_prefix="/api/flightlogs")

LOG_ROOT = os.environ.get("FLIGHTLOG_ROOT", "/srv/fleet/flightlogs")
DRONE_ID_RE = re.compile(r"^[A-Z]{2}-\d{4}$")
LOG_SUFFIXES = (".ulg", ".bin", ".tlog")


def _drone_dir(drone_id: str) -> str:
    if not DRONE_ID_RE.match(drone_id):
        abort(404)
    return os.path.join(LOG_ROOT, drone_id)


@bp.get("/<drone_id>")
@login_required
def list_logs(drone_id: str):
    directory = _drone_dir(drone_id)
    if not os.path.isdir(directory):
        return jsonify([])
    entries = sorted(
        (e for e in os.scandir(directory) if e.is_file() and e.name.endswith(LOG_SUFFIXES)),
        key=lambda e: e.stat().st_mtime,
        reverse=True,
    )
    return jsonify([{"name": e.name, "size": e.stat().st_size} for e in entries])


@bp.get("/<drone_id>/download")
@login_required
def download_log(drone_id: str):
    name = request.args.get("file", "")
    if not name.endswith(LOG_SUFFIXES):
        abort(400)
    path = os.path.join(_drone_dir(drone_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
