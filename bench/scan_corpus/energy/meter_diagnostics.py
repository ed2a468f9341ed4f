"""Remote diagnostics endpoints used by the field technician app.

When a technician is on site and a meter is not reporting, the app can ask the
collector gateway to ping the meter over the RF mesh and read its event log.
The gateway tooling is the vendor's ``meshctl`` command-line utility.
"""
from __future__ import annotations

import logging
import os
import subprocess
from datetime import datetime, timezone

from flask import Blueprint, abort, g, jsonify, request

from .auth import technician_required
from .audit import record_action

log = logging.getLogger(__name__)

bp = Blueprint("diagnostics", __name__, url_prefix="/api/diagnostics")

MESHCTL = os.environ.get("MESHCTL_PATH", "/opt/meshvendor/bin/meshctl")
DEFAULT_TIMEOUT = 45


def _run_meshctl(args: str, timeout: int = DEFAULT_TIMEOUT) -> str:
    proc = subprocess.run(
        f"{MESHCTL} {args}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        log.warning("meshctl exited %s: %s", proc.returncode, proc.stderr.strip()[:500])
        abort(502)
    return proc.stdout


@bp.post("/ping")
@technician_required
def ping_meter():
    payload = request.get_json(force=True)
    meter = payload.get("meter_serial")
    if not meter:
        abort(400)
    output = _run_meshctl(f"ping --serial {meter} --hops 4")
    record_action(g.technician_id, "mesh_ping", meter)
    return jsonify({"meter": meter, "at": datetime.now(timezone.utc).isoformat(), "result": output})


@bp.get("/collectors")
@technician_required
def list_collectors():
    output = _run_meshctl("collectors --format json")
    return jsonify({"raw": output})
