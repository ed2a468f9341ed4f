"""Customer-service view of a subscriber's upcoming delivery."""
from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from .deliveries import upcoming_delivery
from .permissions import require_cs_agent

bp = Blueprint("cs_delivery", __name__, url_prefix="/cs")


def nl2br(value: str | None) -> Markup:
    """Render multi-line customer notes with line breaks preserved."""
    if not value:
        return Markup("")
    return Markup("<br>\n").join(escape(line) for line in value.splitlines())


@bp.app_template_filter("nl2br")
def _nl2br_filter(value: str | None) -> Markup:
    return nl2br(value)


@bp.get("/customers/<int:customer_id>/next-delivery")
@login_required
@require_cs_agent
def next_delivery(customer_id: int):
    delivery = upcoming_delivery(customer_id)
    if delivery is None:
        abort(404)
    return render_template(
        "cs/next_delivery.html",
        delivery=delivery,
        notes=nl2br(delivery.instructions),
    )
