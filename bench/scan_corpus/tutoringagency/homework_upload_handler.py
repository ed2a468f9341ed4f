"""Students upload finished homework for their tutor to mark."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file
from werkzeug.utils import secure_filename

from .auth import login_required
from .models import HomeworkTask

bp = Blueprint("homework", __name__)

ALLOWED_SUFFIXES = {".pdf", ".docx", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 15 * 1024 * 1024


def _task_dir(task: HomeworkTask) -> Path:
    return (Path(current_app.config["HOMEWORK_DIR"]) / f"task-{task.id}").resolve()


def _confined(task: HomeworkTask, name: str) -> Path:
    base = _task_dir(task)
    candidate = (base / secure_filename(name)).resolve()
    if not candidate.is_relative_to(base) or candidate == base:
        abort(400)
    return candidate


@bp.post("/homework/<int:task_id>/upload")
@login_required
def upload(task_id: int):
    task = HomeworkTask.query.get_or_404(task_id)
    if task.student_id != g.current_user.student_id:
        abort(403)
    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400)
    if os.path.splitext(file.filename)[1].lower() not in ALLOWED_SUFFIXES:
        return jsonify(error="file type not allowed"), 415
    if request.content_length and request.content_length > MAX_BYTES:
        return jsonify(error="file too large"), 413

    target = _confined(task, file.filename)
    target.parent.mkdir(parents=True, exist_ok=True)
    file.save(target)
    return jsonify(stored=target.name), 201


@bp.get("/homework/<int:task_id>/files/<name>")
@login_required
def fetch(task_id: int, name: str):
    task = HomeworkTask.query.get_or_404(task_id)
    user = g.current_user
    if user.student_id != task.student_id and user.tutor_id != task.tutor_id:
        abort(403)
    path = _confined(task, name)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)
