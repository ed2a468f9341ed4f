"""Before/after photos for sharpening mail-in tickets.

Customers can download the photos the bench took of their blade on
arrival and after sharpening from the ticket page.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from scythesmith.config import settings
from scythesmith.models import SharpeningTicket

bp = Blueprint("ticket_photos", __name__, url_prefix="/tickets")

PHOTO_ROOT = settings.SHARPENING_PHOTO_ROOT
MIME_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def _ticket_for_user(number: str) -> SharpeningTicket:
    ticket = SharpeningTicket.query.filter_by(number=number).first()
    if ticket is None or ticket.customer_id != current_user.id:
        abort(404)
    return ticket


def _photo_dir(ticket: SharpeningTicket) -> str:
    return os.path.join(PHOTO_ROOT, ticket.received_at.strftime("%Y/%m"), ticket.number)


@bp.get("/<number>/photos")
@login_required
def list_photos(number: str):
    ticket = _ticket_for_user(number)
    folder = _photo_dir(ticket)
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in MIME_TYPES)
    return {"photos": names}


@bp.get("/<number>/photo")
@login_required
def download_photo(number: str):
    ticket = _ticket_for_user(number)
    name = request.args.get("name", "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in MIME_TYPES:
        abort(400)
    full_path = os.path.join(_photo_dir(ticket), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=MIME_TYPES[extension], as_attachment=True)
