"""Serve lecture slides and handouts to enrolled students."""
import re
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import login_required

from .enrollment import can_view_course

bp = Blueprint("materials", __name__)

TERM_RE = re.compile(r"^\d{6}$")              # e.g. 202510
COURSE_RE = re.compile(r"^[A-Z]{2,5}\d{3,4}[A-Z]?$")


def _materials_root(term: str, course_code: str) -> Path:
    return Path(current_app.config["MATERIALS_ROOT"]) / term / course_code


@bp.route("/courses/<term>/<course_code>/materials/<path:filename>")
@login_required
def material(term: str, course_code: str, filename: str):
    course_code = course_code.upper()
    if not (TERM_RE.match(term) and COURSE_RE.match(course_code)):
        abort(404)
    if not can_view_course(term, course_code):
        abort(403)
    return send_from_directory(_materials_root(term, course_code), filename, max_age=300)
