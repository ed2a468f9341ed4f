"""Render the pre-arrival letter shown in the guest portal.

The letter repeats what the guest wrote in the booking form (arrival time,
special requests), so multi-line free text has to keep its line breaks.
"""
from flask import Blueprint, abort, render_template
from markupsafe import Markup, escape

from .portal import current_guest, reservation_for

bp = Blueprint("prearrival", __name__)


def nl2br(text: str) -> Markup:
    """Escape ``text`` and turn its newlines into ``<br>`` tags."""
    lines = (escape(line) for line in text.strip().splitlines())
    return Markup("<br>\n").join(lines)


@bp.app_template_filter("nl2br")
def nl2br_filter(value: str | None) -> Markup:
    return nl2br(value or "")


@bp.get("/stay/<code>/pre-arrival")
def pre_arrival(code: str):
    guest = current_guest()
    res = reservation_for(guest, code)
    if res is None:
        abort(404)
    return render_template(
        "portal/pre_arrival.html",
        res=res,
        guest=guest,
        requests_html=nl2br(res.special_requests or ""),
    )
