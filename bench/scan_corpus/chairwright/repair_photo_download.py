"""Repair desk: customers and staff download the intake/finish photos of a repair ticket."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import RepairTicket

bp = Blueprint("repair_photos", __name__, url_prefix="/repairs")

PHOTO_MIMETYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def photo_root() -> str:
    return current_app.config.get("REPAIR_PHOTO_ROOT", "/srv/chairwright/repair-photos")


def _ticket_for_user(ticket_id: int) -> RepairTicket:
    ticket = RepairTicket.query.get_or_404(ticket_id)
    if not (current_user.is_staff or ticket.customer_id == current_user.id):
        abort(403)
    return ticket


@bp.get("/<int:ticket_id>/photos")
@login_required
def list_photos(ticket_id: int):
    ticket = _ticket_for_user(ticket_id)
    folder = os.path.join(photo_root(), str(ticket.id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"ticket": ticket.id, "photos": names}


@bp.get("/<int:ticket_id>/photo")
@login_required
def download_photo(ticket_id: int):
    ticket = _ticket_for_user(ticket_id)
    name = request.args.get("file", "")
    ext = os.path.splitext(name)[1].lower()
    if ext not in PHOTO_MIMETYPES:
        abort(404)
    path = os.path.join(photo_root(), str(ticket.id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=PHOTO_MIMETYPES[ext], download_name=os.path.basename(path))
