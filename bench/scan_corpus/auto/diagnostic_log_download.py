"""Lets fleet admins download diagnostic log bundles uploaded by vehicles."""
import os
import re

from flask import Blueprint, abort, request, send_from_directory

from fleet.auth import current_fleet, login_required

bp = Blueprint("diag_logs", __name__)

DIAG_ROOT = os.environ.get("DIAG_LOG_ROOT", "/var/lib/fleet/diagnostics")
VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")


@bp.get("/vehicles/<vin>/diagnostics")
@login_required
def download_diagnostics(vin: str):
    if not VIN_RE.fullmatch(vin) or vin not in current_fleet().vins:
        abort(404)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    return send_from_directory(
        os.path.join(DIAG_ROOT, vin),
        filename,
        mimetype="application/gzip",
        as_attachment=True,
    )
