"""Session roster page shown to nurses at a donation session."""
from flask import Blueprint, abort, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from bloodbank.models import Booking, DonationSession

bp = Blueprint("roster", __name__, url_prefix="/sessions")

FLAG_BADGES = {
    "first_time": Markup('<span class="badge badge-info">New donor</span>'),
    "needs_iron_check": Markup('<span class="badge badge-warn">Hb check</span>'),
}


def _badges(booking: Booking) -> Markup:
    return Markup(" ").join(FLAG_BADGES[f] for f in booking.flags if f in FLAG_BADGES)


def _message_html(booking: Booking) -> Markup:
    if not booking.donor_message:
        return Markup("")
    # donors can leave a note when booking (access needs, language, etc.)
    return Markup(f'<p class="donor-note">{booking.donor_message}</p>')


@bp.get("/<int:session_id>/roster")
@login_required
def roster(session_id: int):
    session = DonationSession.query.get(session_id)
    if session is None:
        abort(404)
    rows = [
        {
            "slot": b.slot_start.strftime("%H:%M"),
            "name": escape(b.donor.display_name),
            "badges": _badges(b),
            "message": _message_html(b),
        }
        for b in session.bookings_by_slot()
    ]
    return render_template("roster.html", session=session, rows=rows)
