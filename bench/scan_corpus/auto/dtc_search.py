"""Diagnostic trouble code search over archived vehicle logs."""
import os
import re
import subprocess
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from fleet.auth import current_fleet, login_required

bp = Blueprint("dtc_search", __name__)

LOG_ROOT = Path(os.environ.get("VEHICLE_LOG_ROOT", "/var/lib/fleet/vehicle-logs"))
VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
MAX_LINES = 500


@bp.get("/vehicles/<vin>/dtc-search")
@login_required
def dtc_search(vin: str):
    if not VIN_RE.fullmatch(vin) or vin not in current_fleet().vins:
        abort(404)
    code = request.args.get("code", "").strip()
    if not code:
        abort(400)
    log_glob = LOG_ROOT / vin / "*.log.gz"
    proc = subprocess.run(f"zgrep -h {code} {log_glob} | tail -n {MAX_LINES}", shell=True, capture_output=True, text=True, timeout=30)
    lines = proc.stdout.splitlines()
    return jsonify({"vin": vin, "code": code, "matches": lines})
