"""Driver run-sheet pages, including each customer's delivery instructions."""
from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from .routes import get_route_for_driver

bp = Blueprint("driver_notes", __name__, url_prefix="/driver")


def format_instructions(text: str | None) -> Markup:
    """Customers type multi-line notes ("gate code is..., leave by the shed")."""
    if not text:
        return Markup("<em>No instructions</em>")
    return Markup(text.strip().replace("\n", "<br>"))


@bp.get("/routes/<int:route_id>")
@login_required
def run_sheet(route_id: int):
    route = get_route_for_driver(route_id, current_user.id)
    if route is None:
        abort(404)
    stops = [
        {
            "sequence": stop.sequence,
            "name": stop.customer_first_name,
            "address": stop.address_lines,
            "slot": f"{stop.slot_start:%H:%M}-{stop.slot_end:%H:%M}",
            "instructions": format_instructions(stop.delivery_instructions),
        }
        for stop in route.stops
    ]
    return render_template("driver/run_sheet.html", route=route, stops=stops)
