"""Flask blueprint letting engineers download generated historian CSV exports."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("historian_exports", __name__, url_prefix="/historian/exports")

ALLOWED_STATIONS = {"CS-03", "CS-07", "CS-11", "CS-14", "MLV-22"}


def _export_root() -> Path:
    return Path(current_app.config.get("HISTORIAN_EXPORT_ROOT", "/srv/gaspipe/exports"))


def _export_path(station: str, filename: str) -> Path:
    return _export_root() / station / filename


@bp.get("/")
@login_required
def list_exports():
    station = request.args.get("station", "")
    if station not in ALLOWED_STATIONS:
        abort(404)
    folder = _export_root() / station
    names = sorted(p.name for p in folder.glob("*.csv")) if folder.is_dir() else []
    return {"station": station, "files": names}


@bp.get("/download")
@login_required
def download_export():
    station = request.args.get("station", "")
    filename = request.args.get("file", "")
    if station not in ALLOWED_STATIONS or not filename:
        abort(404)
    target = _export_path(station, filename)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, mimetype="text/csv", as_attachment=True, download_name=target.name)
