"""Ops console: live log streaming for the configured services."""
import subprocess

from flask import Blueprint, Response, abort, current_app, request
from flask_login import login_required

bp = Blueprint("logs", __name__, url_prefix="/ops")

MAX_LINES = 1000


@bp.route("/logs/<unit>")
@login_required
def stream_logs(unit):
    if unit not in current_app.config["OPS_UNITS"]:
        abort(404)
    lines = min(max(int(request.args.get("lines", 100)), 1), MAX_LINES)
    proc = subprocess.Popen(
        ["journalctl", "-u", unit, "-n", str(lines), "-f", "-o", "short-iso"],
        stdout=subprocess.PIPE,
        text=True,
    )

    def generate():
        try:
            for line in proc.stdout:
                yield f"data: {line.rstrip()}\n\n"
        finally:
            proc.kill()

    return Response(generate(), mimetype="text/event-stream")
