"""Score library: musicians download their part PDFs from the members' portal."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("scores", __name__, url_prefix="/library")


def _library_root() -> str:
    return current_app.config["SCORE_LIBRARY_DIR"]


@bp.get("/parts/<int:work_id>/<path:filename>")
@login_required
def download_part(work_id: int, filename: str):
    if not current_user.has_role("musician"):
        abort(403)
    full_path = os.path.join(_library_root(), str(work_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
