"""Serve condition photographs attached to repair tickets.

Photos are taken at intake and after restoration; staff and the owning
customer can download them from the ticket page.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from clockmaker.models import RepairTicket
from clockmaker.settings import MEDIA_ROOT

bp = Blueprint("ticket_photos", __name__)

PHOTO_SUBDIR = "ticket_photos"
MIMETYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def _ticket_dir(ticket: RepairTicket) -> str:
    return os.path.join(MEDIA_ROOT, PHOTO_SUBDIR, ticket.number)


def _can_view(ticket: RepairTicket) -> bool:
    return current_user.is_staff or ticket.customer_id == current_user.customer_id


@bp.get("/tickets/<ticket_number>/photos/<path:filename>")
@login_required
def download_photo(ticket_number: str, filename: str):
    ticket = RepairTicket.query.filter_by(number=ticket_number).first_or_404()
    if not _can_view(ticket):
        abort(403)
    full_path = os.path.join(_ticket_dir(ticket), filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(full_path)[1].lower()
    return send_file(full_path, mimetype=MIMETYPES.get(ext, "application/octet-stream"))


@bp.get("/tickets/<ticket_number>/photos")
@login_required
def list_photos(ticket_number: str):
    ticket = RepairTicket.query.filter_by(number=ticket_number).first_or_404()
    if not _can_view(ticket):
        abort(403)
    directory = _ticket_dir(ticket)
    names = sorted(n for n in os.listdir(directory) if os.path.splitext(n)[1].lower() in MIMETYPES)
    return {"ticket": ticket.number, "photos": names}
