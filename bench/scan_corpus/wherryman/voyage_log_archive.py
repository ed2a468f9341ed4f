"""Read access to archived voyage logs.

Skippers' logs are archived as plain text under year/vessel folders and
can be fetched by the office when the harbour authority asks about an
incident.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import login_required

from wherryman.settings import settings

bp = Blueprint("voyage_logs", __name__)

ARCHIVE_ROOT = Path(settings.VOYAGE_LOG_DIR).resolve()


def resolve_log(relative: str) -> Path:
    candidate = (ARCHIVE_ROOT / relative).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        raise PermissionError(relative)
    return candidate


@bp.get("/voyage-logs/<int:year>")
@login_required
def list_year(year: int):
    folder = ARCHIVE_ROOT / str(year)
    if not folder.is_dir():
        abort(404)
    return {"year": year, "logs": [str(p.relative_to(ARCHIVE_ROOT)) for p in sorted(folder.rglob("*.txt"))]}


@bp.get("/voyage-logs/file/<path:relative>")
@login_required
def fetch_log(relative: str):
    try:
        path = resolve_log(relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="text/plain", as_attachment=False)
