"""Scanned pages of the historic keepers' logbooks for the research reading room.

Pages are stored as ``<volume>/<page>.tif`` under the archive root and are
served to logged-in researchers on request.
"""
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from lighthousekeeper.settings import settings

bp = Blueprint("logbook_pages", __name__, url_prefix="/archive/logbooks")

ARCHIVE_ROOT = Path(settings.LOGBOOK_SCAN_ROOT).resolve()
ALLOWED_SUFFIXES = {".tif", ".tiff", ".jpg"}


def _resolve_page(volume: str, page: str) -> Path:
    candidate = (ARCHIVE_ROOT / volume / page).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<volume>/pages")
@login_required
def list_pages(volume: str):
    folder = (ARCHIVE_ROOT / volume).resolve()
    if not folder.is_relative_to(ARCHIVE_ROOT) or not folder.is_dir():
        abort(404)
    return {"volume": volume, "pages": sorted(p.name for p in folder.glob("*.tif"))}


@bp.get("/<volume>/page")
@login_required
def get_page(volume: str):
    page = request.args.get("file", "")
    path = _resolve_page(volume, page)
    return send_file(path, mimetype="image/tiff", download_name=path.name, max_age=3600)
