"""Jinja helpers for rendering technician notes on work order pages."""
from __future__ import annotations

from datetime import datetime

from flask import Blueprint, render_template
from flask_login import login_required
from markupsafe import Markup

from fleet.maintenance.models import WorkOrder, db

bp = Blueprint("wo_notes", __name__, url_prefix="/work-orders")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


@bp.app_template_filter("tech_notes")
def tech_notes(text: str | None) -> Markup:
    """Technicians type notes on the shop tablet; keep their line breaks."""
    if not text:
        return Markup("")
    html = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in _paragraphs(text))
    return Markup(html)


@bp.app_template_filter("shop_time")
def shop_time(value: datetime) -> str:
    return value.strftime("%b %d %Y %H:%M")


@bp.get("/<int:order_id>/notes")
@login_required
def notes(order_id: int):
    order = db.get_or_404(WorkOrder, order_id)
    return render_template("work_orders/notes.html", order=order, notes=order.notes)
