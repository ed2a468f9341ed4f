"""Exports readings from the oxygen/helium analysers in the fill room.

The analysers are attached over USB serial; the vendor's ``anlzexport``
tool dumps a station's stored readings to CSV, which the manager downloads
from the back-office web app for the monthly gas-blending audit.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

bp = Blueprint("analyser_export", __name__, url_prefix="/backoffice/analysers")

EXPORT_TOOL = os.environ.get("ANLZ_EXPORT_TOOL", "/opt/analyser/bin/anlzexport")
EXPORT_TIMEOUT_S = 60


def _parse_day(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400)


def run_export(station: str, start: date, end: date, out_path: str) -> None:
    cmd = (
        f"{EXPORT_TOOL} --station {station} "
        f"--from {start.isoformat()} --to {end.isoformat()} --csv {out_path}"
    )
    subprocess.run(cmd, shell=True, check=True, timeout=EXPORT_TIMEOUT_S)


@bp.get("/export")
@login_required
def export_readings():
    station = request.args.get("station", "")
    if not station:
        abort(400)
    today = date.today()
    start = _parse_day(request.args.get("from"), today.replace(day=1))
    end = _parse_day(request.args.get("to"), today)
    if end < start:
        abort(400)
    fd, out_path = tempfile.mkstemp(prefix="analyser-", suffix=".csv")
    os.close(fd)
    try:
        run_export(station, start, end, out_path)
    except subprocess.CalledProcessError:
        os.unlink(out_path)
        abort(502)
    return send_file(
        out_path,
        mimetype="text/csv",
        as_attachment=True,
        download_name=f"analyser-{start}-{end}.csv",
    )
