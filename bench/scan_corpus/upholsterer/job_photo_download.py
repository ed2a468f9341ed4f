"""Serve job-ticket photos (before/after, damage, fabric placement) to staff and customers."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .jobs import can_view_ticket, get_ticket

bp = Blueprint("job_photos", __name__, url_prefix="/jobs")

THUMB_SUFFIX = "_thumb.jpg"


def photo_root() -> str:
    return current_app.config.get("JOB_PHOTO_ROOT", "/srv/upholstery/photos")


def _photo_path(ticket_ref: str, filename: str) -> str:
    return os.path.join(photo_root(), ticket_ref, filename)


@bp.get("/<ticket_ref>/photos/<path:filename>")
@login_required
def job_photo(ticket_ref: str, filename: str):
    ticket = get_ticket(ticket_ref)
    if ticket is None or not can_view_ticket(g.user, ticket):
        abort(404)
    path = _photo_path(ticket.reference, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)


@bp.get("/<ticket_ref>/photos/<name>/thumbnail")
@login_required
def job_photo_thumbnail(ticket_ref: str, name: str):
    ticket = get_ticket(ticket_ref)
    if ticket is None or not can_view_ticket(g.user, ticket):
        abort(404)
    stem, _ext = os.path.splitext(os.path.basename(name))
    thumb = _photo_path(ticket.reference, stem + THUMB_SUFFIX)
    if not os.path.isfile(thumb):
        thumb = _photo_path(ticket.reference, os.path.basename(name))
    if not os.path.isfile(thumb):
        abort(404)
    return send_file(thumb, mimetype="image/jpeg", max_age=86400)
