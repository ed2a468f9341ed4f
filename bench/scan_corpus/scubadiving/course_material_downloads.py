"""Course material downloads for enrolled students.

Students on an Open Water, Advanced or Rescue course can download the
knowledge-review PDFs and slide decks for the course they are enrolled in.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, send_file
from flask_login import current_user, login_required

from .enrolments import is_enrolled

bp = Blueprint("course_materials", __name__, url_prefix="/courses")

ALLOWED_COURSES = {"owd", "aowd", "rescue", "nitrox", "deep", "wreck"}


def materials_root() -> str:
    return current_app.config.get("COURSE_MATERIALS_DIR", "/srv/dive-centre/materials")


@bp.get("/<course_code>/materials")
@login_required
def list_materials(course_code: str):
    if course_code not in ALLOWED_COURSES or not is_enrolled(current_user.id, course_code):
        abort(404)
    folder = os.path.join(materials_root(), course_code)
    files = sorted(
        name for name in os.listdir(folder)
        if name.lower().endswith((".pdf", ".pptx", ".mp4"))
    )
    return {"course": course_code, "files": files}


@bp.get("/<course_code>/materials/<path:filename>")
@login_required
def download_material(course_code: str, filename: str):
    if course_code not in ALLOWED_COURSES or not is_enrolled(current_user.id, course_code):
        abort(404)
    path = os.path.join(materials_root(), course_code, filename)
    if not os.path.isfile(path):
        abort(404)
    g.audit_event = ("material_download", course_code, filename)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
