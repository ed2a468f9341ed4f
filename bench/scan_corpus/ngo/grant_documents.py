"""Supporting documents attached to grant applications (budgets, letters of support)."""
from pathlib import Path

from flask import Blueprint, abort, current_app, redirect, request, send_from_directory, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import GrantApplication

bp = Blueprint("grant_documents", __name__)

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".xlsx", ".odt", ".ods"}


def _app_dir(application: GrantApplication) -> Path:
    return Path(current_app.config["GRANT_DOCS_ROOT"]) / str(application.id)


@bp.post("/applications/<int:app_id>/documents")
@login_required
def upload_document(app_id: int):
    application = GrantApplication.query.get_or_404(app_id)
    if not current_user.can_edit(application):
        abort(403)
    upload = request.files.get("document")
    if upload is None:
        abort(400)
    filename = secure_filename(upload.filename or "")
    if not filename or Path(filename).suffix.lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    directory = _app_dir(application)
    directory.mkdir(parents=True, exist_ok=True)
    upload.save(directory / filename)
    return redirect(url_for("applications.detail", app_id=app_id))


@bp.get("/applications/<int:app_id>/documents/<path:filename>")
@login_required
def download_document(app_id: int, filename: str):
    application = GrantApplication.query.get_or_404(app_id)
    if not current_user.can_view(application):
        abort(403)
    return send_from_directory(_app_dir(application), filename, as_attachment=True)
