"""Download endpoint for council officers fetching approved design files.

Design packs are stored per council under the shared drawings volume,
e.g. /srv/designs/<council_code>/<file>.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from studio.settings import DESIGN_ROOT

bp = Blueprint("council_designs", __name__, url_prefix="/council")

ALLOWED_SUFFIXES = (".pdf", ".dwg", ".svg", ".png", ".zip")


def council_folder(council_code: str) -> str:
    return os.path.join(DESIGN_ROOT, council_code.lower())


@bp.get("/designs")
@login_required
def list_designs():
    folder = council_folder(current_user.council_code)
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(f for f in os.listdir(folder) if f.endswith(ALLOWED_SUFFIXES))}


@bp.get("/designs/<path:filename>")
@login_required
def download_design(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    target = os.path.join(council_folder(current_user.council_code), filename)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, as_attachment=True, download_name=os.path.basename(target))
