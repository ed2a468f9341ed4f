"""Temperature graphs for storage fridges and platelet agitators.

Readings from the cold-chain sensors are kept in one RRD file per device;
this blueprint renders a PNG for the quality team's excursion review page.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("coldchain_graphs", __name__)

RRDTOOL = os.environ.get("RRDTOOL_BIN", "/usr/bin/rrdtool")
GRAPH_OPTS = "--width 900 --height 280 --vertical-label degC --lower-limit 0"


def _graph_command(rrd_dir: str, device_id: str, start: str, end: str, out: str) -> str:
    return (
        f"{RRDTOOL} graph {out} --start {start} --end {end} {GRAPH_OPTS} "
        f"DEF:t={rrd_dir}/{device_id}.rrd:temp:AVERAGE "
        "LINE1:t#1f4e9c:Temperature HRULE:2#d62728 HRULE:6#d62728"
    )


def render_graph(device_id: str, start: str, end: str) -> Path:
    rrd_dir = current_app.config["COLDCHAIN_RRD_DIR"]
    fd, out = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    cmd = _graph_command(rrd_dir, device_id, start, end, out)
    subprocess.run(cmd, shell=True, check=True, timeout=30, capture_output=True)
    return Path(out)


@bp.get("/coldchain/<device_id>/graph.png")
def device_graph(device_id: str):
    start = request.args.get("start", "end-24h")
    end = request.args.get("end", "now")
    try:
        png = render_graph(device_id, start, end)
    except subprocess.CalledProcessError:
        abort(404)
    return send_file(png, mimetype="image/png", max_age=60)
