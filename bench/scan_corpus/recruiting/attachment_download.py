"""Download endpoints for candidate attachments (CVs, cover letters, portfolios)."""

import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file

from .auth import login_required, recruiter_can_view

bp = Blueprint("attachments", __name__)


def _attachment_root() -> str:
    return current_app.config["ATTACHMENT_ROOT"]


@bp.get("/candidates/<int:candidate_id>/attachments/<path:filename>")
@login_required
def download_attachment(candidate_id: int, filename: str):
    if not recruiter_can_view(candidate_id):
        abort(403)
    full_path = os.path.join(_attachment_root(), str(candidate_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(
        full_path,
        mimetype=mimetype,
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/candidates/<int:candidate_id>/attachments")
@login_required
def list_attachments(candidate_id: int):
    if not recruiter_can_view(candidate_id):
        abort(403)
    folder = os.path.join(_attachment_root(), str(candidate_id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"candidate_id": candidate_id, "attachments": names}
