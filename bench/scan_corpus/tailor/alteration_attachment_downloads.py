"""Downloads of files attached to alteration tickets.

Shop staff attach pinning photos and sketches to a ticket so the workroom
knows exactly what to take in or let out; customers can view them from
the portal.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required
from sqlalchemy import text

from hc_portal.db import engine

bp = Blueprint("ticket_files", __name__, url_prefix="/portal/alterations")

ATTACHMENT_ROOT = Path(os.environ.get("HC_ATTACHMENT_ROOT", "/srv/hc/media/alterations")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf"}


def _ticket_visible(customer_id: int, ticket_no: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT 1 FROM alteration_tickets WHERE ticket_no = :t AND customer_id = :c"),
            {"t": ticket_no, "c": customer_id},
        ).first()
    return row is not None


def _resolve_attachment(ticket_no: str, name: str) -> Path | None:
    base = (ATTACHMENT_ROOT / ticket_no).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not base.is_relative_to(ATTACHMENT_ROOT):
        return None
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        return None
    return candidate


@bp.get("/<ticket_no>/files")
@login_required
def download_attachment(ticket_no: str):
    if not _ticket_visible(current_user.id, ticket_no):
        abort(404)
    path = _resolve_attachment(ticket_no, request.args.get("name", ""))
    if path is None:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
