"""Download of stowage plan PDFs for shipping line planners.

After the load list is finalised the terminal renders a stowage plan per
voyage. Line planners fetch them from the portal by voyage and file name.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from terminal_ops.config import settings
from terminal_ops.voyages import voyage_belongs_to_line

bp = Blueprint("stowage_plans", __name__, url_prefix="/stowage")

PLAN_ROOT = settings.STOWAGE_PLAN_DIR


def _plan_location(voyage: str, filename: str) -> str:
    voyage_dir = os.path.join(PLAN_ROOT, voyage.upper())
    return os.path.join(voyage_dir, filename)


@bp.get("/<voyage>")
@login_required
def list_plans(voyage: str):
    if not voyage_belongs_to_line(voyage, current_user.line_code):
        abort(404)
    voyage_dir = os.path.join(PLAN_ROOT, voyage.upper())
    if not os.path.isdir(voyage_dir):
        return {"plans": []}
    return {"plans": sorted(n for n in os.listdir(voyage_dir) if n.endswith(".pdf"))}


@bp.get("/<voyage>/<path:filename>")
@login_required
def download_plan(voyage: str, filename: str):
    if not voyage_belongs_to_line(voyage, current_user.line_code):
        abort(404)
    location = _plan_location(voyage, filename)
    if not os.path.isfile(location):
        abort(404)
    return send_file(location, mimetype="application/pdf", as_attachment=True)
