"""Free pricking downloads for forum members.

Each month the studio releases a handful of free prickings; members fetch them
from the library page by file name.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("free_prickings", __name__, url_prefix="/library")

ALLOWED_SUFFIXES = (".pdf", ".png", ".jpg")


def library_root() -> str:
    return current_app.config.get("FREE_PRICKINGS_DIR", "/srv/lacemaker/free-prickings")


def resolve_pricking(name: str) -> str:
    return os.path.join(library_root(), name)


@bp.get("/download")
@login_required
def download_pricking():
    name = request.args.get("file", "")
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    path = resolve_pricking(name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@bp.get("/")
@login_required
def index():
    root = library_root()
    files = sorted(f for f in os.listdir(root) if f.lower().endswith(ALLOWED_SUFFIXES))
    return {"files": files}
