"""Download endpoint for raw autopilot logs (maintenance portal)."""
import os
import re

from flask import Blueprint, abort, request, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("maint_logs", __name__, url_prefix="/maintenance/logs")

LOG_ROOT = os.environ.get("FLIGHTLOG_ROOT", "/srv/fleet/flightlogs")
DRONE_ID_RE = re.compile(r"^[A-Z]{2}-\d{4}$")


@bp.get("/<drone_id>")
@login_required
def fetch_log(drone_id: str):
    if not DRONE_ID_RE.fullmatch(drone_id):
        abort(404)
    requested = request.args.get("file", "")
    name = secure_filename(requested)
    if not name or name != requested or not name.endswith((".ulg", ".bin", ".tlog")):
        abort(400)
    return send_from_directory(
        os.path.join(LOG_ROOT, drone_id),
        name,
        as_attachment=True,
        max_age=0,
    )
