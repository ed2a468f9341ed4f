"""Views that let the investigations desk download drop-box attachments."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("dropbox_downloads", __name__, url_prefix="/desk/dropbox")


def _storage_root() -> Path:
    return Path(current_app.config["DROPBOX_STORAGE"]).resolve()


def _resolve_attachment(submission_id: str, name: str) -> Path:
    root = _storage_root()
    candidate = (root / submission_id / name).resolve()
    if not candidate.is_relative_to(root / submission_id):
        abort(404)
    return candidate


@bp.get("/<submission_id>/file")
@login_required
def download_attachment(submission_id):
    if not current_user.has_role("investigations"):
        abort(403)
    if not submission_id.isalnum():
        abort(404)
    path = _resolve_attachment(submission_id, request.args.get("name", ""))
    if not path.is_file():
        abort(404)
    current_app.logger.info("user %s opened %s", current_user.id, path.name)
    return send_file(path, as_attachment=True, download_name=path.name)
