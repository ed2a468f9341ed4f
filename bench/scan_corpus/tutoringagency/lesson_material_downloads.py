"""Download endpoint for lesson materials (worksheets, past papers) shared with students."""
import os

from flask import Blueprint, abort, current_app, g, send_from_directory

from .auth import login_required
from .models import Lesson

bp = Blueprint("lesson_materials", __name__)


def _materials_dir(lesson: Lesson) -> str:
    return os.path.join(current_app.config["LESSON_MATERIALS_DIR"], f"lesson-{lesson.id}")


def _may_access(lesson: Lesson) -> bool:
    user = g.current_user
    if user.role == "tutor":
        return lesson.tutor_id == user.tutor_id
    if user.role == "student":
        return lesson.student_id == user.student_id
    if user.role == "parent":
        return lesson.student.parent_id == user.parent_id
    return user.role == "admin"


@bp.get("/lessons/<int:lesson_id>/materials")
@login_required
def list_materials(lesson_id: int):
    lesson = Lesson.query.get_or_404(lesson_id)
    if not _may_access(lesson):
        abort(403)
    folder = _materials_dir(lesson)
    files = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"lesson": lesson.id, "materials": files}


@bp.get("/lessons/<int:lesson_id>/materials/<path:filename>")
@login_required
def download_material(lesson_id: int, filename: str):
    lesson = Lesson.query.get_or_404(lesson_id)
    if not _may_access(lesson):
        abort(403)
    return send_from_directory(
        _materials_dir(lesson),
        filename,
        as_attachment=True,
        max_age=0,
    )
