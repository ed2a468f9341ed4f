"""Snowmaking ops dashboard: per-gun log viewer.

Each fan gun is driven by a ``snowgun@<id>`` systemd unit on the
snowmaking gateway; operators look at the recent journal from the
dashboard when a gun trips.
"""
import subprocess

from flask import Blueprint, Response, abort, request
from flask_login import login_required

bp = Blueprint("snowgun_logs", __name__, url_prefix="/snowmaking")

MAX_LINES = 500


@bp.get("/guns/<gun_id>/logs")
@login_required
def gun_logs(gun_id: str):
    since = request.args.get("since", "1 hour ago")
    cmd = f"journalctl -u snowgun@{gun_id}.service --since '{since}' --no-pager -o short-iso | tail -n {MAX_LINES}"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=15)
    if result.returncode != 0:
        abort(502, description="journal query failed")
    return Response(result.stdout, mimetype="text/plain")
