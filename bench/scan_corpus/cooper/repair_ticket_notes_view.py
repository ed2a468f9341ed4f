"""Repair ticket page shown to workshop staff and the customer.

Customers describe the fault when they raise a repair ticket (where the
cask weeps, which hoop slipped, what was in it). The workshop adds its own
notes. Both are shown on the ticket page with the customer's line breaks.
"""
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from cooperage.repairs import load_ticket, ticket_visible_to

bp = Blueprint("repair_tickets", __name__)


@dataclass
class NoteView:
    author: str
    written_at: datetime
    body: Markup


def _with_line_breaks(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def _note_views(ticket) -> list[NoteView]:
    views = [
        NoteView(
            author=ticket.customer_contact,
            written_at=ticket.opened_at,
            body=_with_line_breaks(ticket.fault_description),
        )
    ]
    for note in ticket.workshop_notes:
        views.append(NoteView(note.author, note.written_at, _with_line_breaks(note.body)))
    return views


@bp.get("/repairs/<int:ticket_id>")
@login_required
def show_ticket(ticket_id: int):
    if not ticket_visible_to(ticket_id, current_user):
        abort(404)
    ticket = load_ticket(ticket_id)
    return render_template(
        "repairs/ticket.html",
        ticket=ticket,
        notes=_note_views(ticket),
        can_edit=current_user.is_staff,
    )
