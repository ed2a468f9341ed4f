"""Diagnostic trouble code lookup over archived vehicle logs."""
import os
import re
import subprocess
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from fleet.auth import current_fleet, login_required

bp = Blueprint("dtc_lookup", __name__)

LOG_ROOT = Path(os.environ.get("VEHICLE_LOG_ROOT", "/var/lib/fleet/vehicle-logs"))
VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
DTC_RE = re.compile(r"[PCBU][0-3][0-9A-F]{3}")
MAX_LINES = 500


@bp.get("/vehicles/<vin>/dtc-lookup")
@login_required
def dtc_lookup(vin: str):
    if not VIN_RE.fullmatch(vin) or vin not in current_fleet().vins:
        abort(404)
    code = request.args.get("code", "").strip().upper()
    if not DTC_RE.fullmatch(code):
        abort(400)
    log_files = sorted((LOG_ROOT / vin).glob("*.log.gz"))
    if not log_files:
        return jsonify({"vin": vin, "code": code, "matches": []})
    proc = subprocess.run(
        ["zgrep", "-h", "-e", code, "--", *map(str, log_files)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    lines = proc.stdout.splitlines()[-MAX_LINES:]
    return jsonify({"vin": vin, "code": code, "matches": lines})
