"""Diagnostics endpoints the field crews use from the tablet when an RTU goes quiet."""
import subprocess

from flask import Blueprint, abort, jsonify, request

from .auth import require_crew_token
from .sites import lookup_site

bp = Blueprint("rtu_diagnostics", __name__, url_prefix="/api/v2/diagnostics")


@bp.get("/rtu/<site_code>/ping")
@require_crew_token
def ping_rtu(site_code: str):
    site = lookup_site(site_code)
    if site is None:
        abort(404)
    host = request.args.get("host") or site.rtu_address
    result = subprocess.run(
        f"ping -c 3 -W 2 {host}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=15,
    )
    return jsonify(
        site=site_code,
        host=host,
        reachable=result.returncode == 0,
        output=result.stdout.splitlines()[-2:],
    )


@bp.get("/rtu/<site_code>/status")
@require_crew_token
def rtu_status(site_code: str):
    site = lookup_site(site_code)
    if site is None:
        abort(404)
    return jsonify(site=site_code, last_poll=site.last_poll_at, comm_state=site.comm_state)
