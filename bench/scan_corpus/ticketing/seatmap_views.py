"""Seat map pages for the buyer-facing storefront.

Section display names and descriptions are entered by promoters in the
dashboard; the venue geometry comes from the imported SVG layout.
"""
from collections import defaultdict

from flask import Blueprint, abort, render_template
from markupsafe import Markup

from .db import get_session
from .models import Event, Seat, Section

bp = Blueprint("seatmap", __name__)


@bp.app_template_filter("price")
def format_price(cents: int, currency: str = "EUR") -> str:
    return f"{cents / 100:,.2f} {currency}"


def _section_badge(section: Section) -> Markup:
    colour = section.colour_hex if section.colour_hex else "#888888"
    return Markup(
        f'<span class="sec-badge" style="--sec-colour:{colour}">{section.display_name}</span>'
    )


def _availability(seats: list[Seat]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"free": 0, "held": 0, "sold": 0})
    for seat in seats:
        counts[seat.section_id][seat.status] += 1
    return counts


@bp.get("/events/<int:event_id>/seats")
def seat_map(event_id: int):
    db = get_session()
    event = db.get(Event, event_id)
    if event is None or not event.is_published:
        abort(404)
    sections = db.query(Section).filter_by(venue_layout_id=event.layout_id).all()
    seats = db.query(Seat).filter_by(event_id=event_id).all()
    availability = _availability(seats)
    rows = [
        {
            "id": s.id,
            "badge": _section_badge(s),
            "price_cents": s.price_cents,
            "free": availability[s.id]["free"],
        }
        for s in sections
    ]
    return render_template("seatmap/index.html", event=event, sections=rows)
