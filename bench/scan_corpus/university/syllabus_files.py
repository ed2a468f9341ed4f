"""Serve course syllabi and handouts uploaded by instructors."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

from .enrollment import can_view_course

bp = Blueprint("syllabus", __name__)


def _course_dir(term: str, course_code: str) -> str:
    root = current_app.config["SYLLABUS_ROOT"]
    return os.path.join(root, term, course_code.upper())


@bp.route("/courses/<term>/<course_code>/files/<path:filename>")
@login_required
def course_file(term: str, course_code: str, filename: str):
    if not can_view_course(term, course_code):
        abort(403)
    full_path = os.path.join(_course_dir(term, course_code), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=filename.lower().endswith(".docx"))
