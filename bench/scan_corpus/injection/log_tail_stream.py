"""Ops console: service status pages and live log streaming."""
import subprocess

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request
from flask_login import login_required

bp = Blueprint("ops", __name__, url_prefix="/ops")


def _unit_status(unit: str) -> str:
    result = subprocess.run(
        ["systemctl", "is-active", unit], capture_output=True, text=True, timeout=5
    )
    return result.stdout.strip() or "unknown"


@bp.route("/")
@login_required
def index():
    units = current_app.config["OPS_UNITS"]
    return render_template("ops/index.html", units={u: _unit_status(u) for u in units})


@bp.route("/status/<unit>")
@login_required
def status(unit):
    if unit not in current_app.config["OPS_UNITS"]:
        abort(404)
    return jsonify({"unit": unit, "state": _unit_status(unit)})


@bp.route("/logs")
@login_required
def stream_logs():
    unit = request.args.get("unit", "app")
    lines = int(request.args.get("lines", 100))
    proc = subprocess.Popen(f"journalctl -u {unit} -n {lines} -f -o short-iso", shell=True, stdout=subprocess.PIPE, text=True)

    def generate():
        try:
            for line in proc.stdout:
                yield f"data: {line.rstrip()}\n\n"
        finally:
            proc.kill()

    return Response(generate(), mimetype="text/event-stream")
