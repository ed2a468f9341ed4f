"""Upload and download of instructor feedback attachments."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .permissions import can_grade, can_view_feedback

bp = Blueprint("feedback_files", __name__)
ALLOWED_SUFFIXES = {".pdf", ".docx", ".png", ".jpg", ".txt", ".zip"}


def _feedback_dir(submission_id: int) -> Path:
    return Path(current_app.config["FEEDBACK_ROOT"]) / str(submission_id)


@bp.post("/submissions/<int:submission_id>/feedback-files")
@login_required
def upload(submission_id: int):
    if not can_grade(current_user, submission_id):
        abort(403)
    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400)
    filename = secure_filename(file.filename)
    if not filename or Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400, "file type not allowed")
    folder = _feedback_dir(submission_id)
    folder.mkdir(parents=True, exist_ok=True)
    file.save(folder / filename)
    return {"filename": filename}, 201


@bp.get("/submissions/<int:submission_id>/feedback-files/<path:filename>")
@login_required
def download(submission_id: int, filename: str):
    if not can_view_feedback(current_user, submission_id):
        abort(403)
    return send_from_directory(_feedback_dir(submission_id), filename, as_attachment=True)
