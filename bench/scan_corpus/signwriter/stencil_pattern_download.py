"""Pounce pattern and stencil downloads for the paint shop.

Sign writers print full-size pounce patterns for marking out lettering on
boards and glass.  Patterns are stored per job as large PDFs or plotter
files.
"""
from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

from signwriter.jobs import require_workshop_role

bp = Blueprint("patterns", __name__, url_prefix="/workshop/patterns")

PATTERN_TYPES = {"pdf", "plt", "hpgl", "svg"}


def pattern_directory() -> str:
    return current_app.config["PATTERN_ROOT"]


def _clean_name(raw: str) -> str:
    name = secure_filename(raw)
    if not name or name.rsplit(".", 1)[-1].lower() not in PATTERN_TYPES:
        abort(400)
    return name


@bp.get("/download")
@login_required
@require_workshop_role
def download_pattern():
    name = _clean_name(request.args.get("name", ""))
    return send_from_directory(pattern_directory(), name, as_attachment=True)


@bp.get("/preview/<path:name>")
@login_required
@require_workshop_role
def preview_pattern(name: str):
    if not name.lower().endswith(".svg"):
        abort(404)
    return send_from_directory(pattern_directory(), name, mimetype="image/svg+xml")
