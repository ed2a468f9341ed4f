"""Stowage plan viewer for the shipping line portal.

Serves the rendered bay plan PDFs and preview images that the planning
department exports for each departing voyage.
"""
import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from terminal_ops.config import settings
from terminal_ops.voyages import voyage_belongs_to_line

bp = Blueprint("stowage_portal", __name__, url_prefix="/portal/stowage")

PREVIEW_SUFFIXES = (".pdf", ".png")


def _voyage_dir(voyage: str) -> str:
    if not voyage.isalnum():
        abort(404)
    return os.path.join(settings.STOWAGE_PLAN_DIR, voyage.upper())


@bp.get("/<voyage>/files")
@login_required
def voyage_files(voyage: str):
    if not voyage_belongs_to_line(voyage, current_user.line_code):
        abort(404)
    directory = _voyage_dir(voyage)
    if not os.path.isdir(directory):
        return {"files": []}
    return {"files": sorted(n for n in os.listdir(directory) if n.endswith(PREVIEW_SUFFIXES))}


@bp.get("/<voyage>/files/<path:filename>")
@login_required
def voyage_file(voyage: str, filename: str):
    if not voyage_belongs_to_line(voyage, current_user.line_code):
        abort(404)
    if not filename.endswith(PREVIEW_SUFFIXES):
        abort(404)
    return send_from_directory(_voyage_dir(voyage), filename, max_age=300)
