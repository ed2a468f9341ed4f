"""Serves handouts and passage-planning worksheets to enrolled students."""

import os

from flask import Blueprint, abort, current_app, g, send_from_directory

from .auth import login_required
from .db import get_db

bp = Blueprint("materials", __name__, url_prefix="/courses/<course_code>/materials")


def _materials_root(course_code: str) -> str:
    return os.path.join(current_app.config["COURSE_MATERIALS_DIR"], course_code)


def _is_enrolled(student_id: int, course_code: str) -> bool:
    row = get_db().execute(
        "SELECT 1 FROM enrolments e JOIN courses c ON c.id = e.course_id "
        "WHERE e.student_id = ? AND c.code = ? AND e.status = 'confirmed'",
        (student_id, course_code),
    ).fetchone()
    return row is not None


def _known_course(course_code: str) -> bool:
    return get_db().execute(
        "SELECT 1 FROM courses WHERE code = ?", (course_code,)
    ).fetchone() is not None


@bp.get("/")
@login_required
def index(course_code: str):
    if not (_known_course(course_code) and _is_enrolled(g.user["id"], course_code)):
        abort(404)
    root = _materials_root(course_code)
    files = sorted(f for f in os.listdir(root) if f.endswith(".pdf")) if os.path.isdir(root) else []
    return {"course": course_code, "materials": files}


@bp.get("/<path:filename>")
@login_required
def download(course_code: str, filename: str):
    if not (_known_course(course_code) and _is_enrolled(g.user["id"], course_code)):
        abort(404)
    return send_from_directory(
        _materials_root(course_code),
        filename,
        as_attachment=True,
        max_age=3600,
    )
