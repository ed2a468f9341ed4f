"""Photo and document attachments on towpath maintenance tickets."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from tickets.models import MaintenanceTicket

bp = Blueprint("attachments", __name__, url_prefix="/tickets")

MIME_BY_EXT = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
}


def attachment_root() -> str:
    return current_app.config.get("TICKET_ATTACHMENT_DIR", "/srv/towpath/attachments")


def attachment_path(ticket_ref: str, filename: str) -> str:
    return os.path.join(attachment_root(), ticket_ref, filename)


def can_view(ticket: MaintenanceTicket) -> bool:
    return current_user.is_staff or ticket.reported_by_id == current_user.id


@bp.get("/<ticket_ref>/attachments/<path:filename>")
@login_required
def download_attachment(ticket_ref: str, filename: str):
    ticket = MaintenanceTicket.query.filter_by(reference=ticket_ref).first_or_404()
    if not can_view(ticket):
        abort(403)
    full_path = attachment_path(ticket.reference, filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = MIME_BY_EXT.get(os.path.splitext(full_path)[1].lower(), "application/octet-stream")
    return send_file(full_path, mimetype=mimetype, download_name=os.path.basename(full_path))


@bp.get("/<ticket_ref>/attachments")
@login_required
def list_attachments(ticket_ref: str):
    ticket = MaintenanceTicket.query.filter_by(reference=ticket_ref).first_or_404()
    if not can_view(ticket):
        abort(403)
    folder = os.path.join(attachment_root(), ticket.reference)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"ticket": ticket.reference, "files": names}
