"""Serves archived kiln firing logs to the studio dashboard.

Each completed firing writes a CSV of thermocouple readings into the
archive, one folder per kiln. Staff can download a log by name from the
dashboard's firing history table.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import login_required

from tilemaker.settings import FIRING_ARCHIVE_DIR

bp = Blueprint("firing_archive", __name__, url_prefix="/firings")

ARCHIVE_ROOT = Path(FIRING_ARCHIVE_DIR).resolve()


def resolve_log(kiln: str, filename: str) -> Path:
    candidate = (ARCHIVE_ROOT / kiln / filename).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        raise PermissionError(filename)
    if candidate.suffix != ".csv":
        raise PermissionError(filename)
    return candidate


@bp.get("/<kiln>/logs/<path:filename>")
@login_required
def download_log(kiln: str, filename: str):
    try:
        path = resolve_log(kiln, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="text/csv", as_attachment=True, download_name=path.name)


@bp.get("/<kiln>/logs")
@login_required
def list_logs(kiln: str):
    try:
        folder = resolve_log(kiln, "index.csv").parent
    except PermissionError:
        abort(404)
    names = sorted(p.name for p in folder.glob("*.csv"))
    return {"kiln": kiln, "logs": names}
