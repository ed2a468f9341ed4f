"""Lets registered owners download the photos attached to their violation notice."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from tollroad.models import ViolationNotice

bp = Blueprint("violation_photos", __name__)


def _notice_for_owner(notice_no: str) -> ViolationNotice:
    notice = ViolationNotice.query.filter_by(notice_no=notice_no).first()
    if notice is None or notice.owner_id != current_user.id:
        abort(404)
    return notice


@bp.get("/notices/<notice_no>/photos")
@login_required
def list_photos(notice_no: str):
    notice = _notice_for_owner(notice_no)
    return {"photos": [p.file_name for p in notice.photos]}


@bp.get("/notices/<notice_no>/photos/<path:file_name>")
@login_required
def download_photo(notice_no: str, file_name: str):
    notice = _notice_for_owner(notice_no)
    if file_name not in {p.file_name for p in notice.photos}:
        abort(404)
    photo_dir = current_app.config["VIOLATION_PHOTO_DIR"]
    return send_from_directory(
        photo_dir,
        file_name,
        mimetype="image/jpeg",
        as_attachment=True,
        download_name=f"{notice_no}-{file_name.rsplit('/', 1)[-1]}",
    )
