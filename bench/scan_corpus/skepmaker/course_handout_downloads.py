"""Downloadable handouts (PDF notes, diagrams) for enrolled course attendees."""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from skepmaker.config import settings
from skepmaker.courses.models import Course

bp = Blueprint("handouts", __name__, url_prefix="/courses")

HANDOUT_ROOT = settings.HANDOUT_ROOT
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}


def course_dir(course: Course) -> str:
    return os.path.join(HANDOUT_ROOT, course.slug)


def handout_path(course: Course, name: str) -> str:
    return os.path.join(course_dir(course), name)


@bp.get("/<slug>/handouts")
@login_required
def list_handouts(slug):
    course = Course.query.filter_by(slug=slug).first_or_404()
    if not course.is_enrolled(current_user):
        abort(403)
    names = sorted(os.listdir(course_dir(course)))
    return {"handouts": [n for n in names if os.path.splitext(n)[1] in MIME_TYPES]}


@bp.get("/<slug>/handouts/<path:name>")
@login_required
def download_handout(slug, name):
    course = Course.query.filter_by(slug=slug).first_or_404()
    if not course.is_enrolled(current_user):
        abort(403)
    path = handout_path(course, name)
    if not os.path.isfile(path):
        abort(404)
    mimetype = MIME_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True)
