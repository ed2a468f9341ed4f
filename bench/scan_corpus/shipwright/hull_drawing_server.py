"""Serve lines plans and offsets drawings to the loft floor tablets.

The loft keeps scanned lines plans for every design the yard has built or
repaired; shipwrights open them by file name from the drawing index.
"""
import os

from flask import Blueprint, abort, current_app, render_template, send_from_directory
from flask_login import login_required

bp = Blueprint("drawings", __name__, url_prefix="/loft/drawings")

DRAWING_EXTENSIONS = (".pdf", ".dxf", ".png")


def drawings_dir() -> str:
    return current_app.config["LINES_PLAN_DIR"]


@bp.get("/")
@login_required
def index():
    names = sorted(
        name for name in os.listdir(drawings_dir()) if name.lower().endswith(DRAWING_EXTENSIONS)
    )
    return render_template("loft/drawings.html", drawings=names)


@bp.get("/<path:filename>")
@login_required
def drawing(filename: str):
    if not filename.lower().endswith(DRAWING_EXTENSIONS):
        abort(404)
    return send_from_directory(drawings_dir(), filename, max_age=3600)


@bp.get("/<path:filename>/download")
@login_required
def download(filename: str):
    if not filename.lower().endswith(DRAWING_EXTENSIONS):
        abort(404)
    return send_from_directory(drawings_dir(), filename, as_attachment=True)
