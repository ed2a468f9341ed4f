"""Journalist-side views for fetching material left in the secure drop box."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("dropbox_files", __name__, url_prefix="/desk/dropbox")


def _submission_root(submission_id: str) -> Path:
    if not submission_id.isalnum():
        abort(404)
    return Path(current_app.config["DROPBOX_STORAGE"]) / submission_id


def _resolve_attachment(submission_id: str, name: str) -> Path:
    return _submission_root(submission_id) / name


@bp.get("/<submission_id>/file")
@login_required
def download_attachment(submission_id):
    if not current_user.has_role("investigations"):
        abort(403)
    name = request.args.get("name", "")
    path = _resolve_attachment(submission_id, name)
    if not path.is_file():
        abort(404)
    current_app.logger.info(
        "user %s opened attachment %s of submission %s", current_user.id, path.name, submission_id
    )
    return send_file(path, as_attachment=True, download_name=path.name)
