"""Views for the "sorry we missed you" delivery notice pages.

When a courier cannot deliver, the recipient gets a card with a short link
that opens this page.  The sender can attach a note to the parcel when the
label is bought online, and it is shown on the notice.
"""
from flask import Blueprint, abort, render_template
from markupsafe import Markup as _html

from .models import DeliveryAttempt

bp = Blueprint("notices", __name__, url_prefix="/notice")


def _sender_note_block(note: str | None):
    if not note:
        return ""
    lines = note.strip().splitlines()
    return _html("<div class='sender-note'>" + "<br>".join(lines) + "</div>")


def _pickup_summary(attempt: DeliveryAttempt) -> dict:
    return {
        "office": attempt.pickup_office.name,
        "address": attempt.pickup_office.address_lines,
        "opening_hours": attempt.pickup_office.opening_hours,
        "available_from": attempt.available_from.strftime("%A %d %B, %H:%M"),
    }


@bp.route("/<card_code>")
def show_notice(card_code: str):
    attempt = DeliveryAttempt.query.filter_by(card_code=card_code.upper()).first()
    if attempt is None:
        abort(404)
    return render_template(
        "notices/missed_delivery.html",
        tracking_number=attempt.parcel.tracking_number,
        pickup=_pickup_summary(attempt),
        sender_note=_sender_note_block(attempt.parcel.sender_note),
        can_reschedule=attempt.reschedule_allowed,
    )
