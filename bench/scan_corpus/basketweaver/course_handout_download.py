"""Course handouts (pattern sheets, slath diagrams, aftercare notes) for enrolled students."""
import os

from flask import Blueprint, abort, render_template, send_file
from flask_login import current_user, login_required

bp = Blueprint("handouts", __name__)

HANDOUT_DIR = os.environ.get("HANDOUT_DIR", "/srv/basketweaver/handouts")
ALLOWED_SUFFIXES = (".pdf", ".png", ".jpg")


def _course_folder(course_code: str) -> str:
    return os.path.join(HANDOUT_DIR, course_code.upper())


def _listing(course_code: str) -> list[str]:
    folder = _course_folder(course_code)
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))


@bp.get("/courses/<course_code>/handouts/")
@login_required
def handout_index(course_code: str):
    if not current_user.is_enrolled(course_code):
        abort(403)
    return render_template("handouts/index.html", course_code=course_code, files=_listing(course_code))


@bp.get("/courses/<course_code>/handouts/<path:filename>")
@login_required
def download_handout(course_code: str, filename: str):
    if not current_user.is_enrolled(course_code):
        abort(403)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_course_folder(course_code), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
