"""Jinja helpers for the printable work order summary."""
from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from fleet.maintenance.models import WorkOrder, db

bp = Blueprint("wo_summary", __name__, url_prefix="/work-orders")

_LINE_BREAK = Markup("<br>\n")


@bp.app_template_filter("nl2br")
def nl2br(text: str | None) -> Markup:
    """Keep technician line breaks; every line is HTML-escaped by join()."""
    if not text:
        return Markup("")
    return _LINE_BREAK.join(escape(line) for line in text.splitlines())


@bp.app_template_filter("part_line")
def part_line(part) -> Markup:
    return Markup("<td>{}</td><td>{}</td><td class=\"num\">{:.2f}</td>").format(
        part.number, part.description, part.unit_cost
    )


@bp.get("/<int:order_id>/summary")
@login_required
def summary(order_id: int):
    order = db.get_or_404(WorkOrder, order_id)
    return render_template("work_orders/summary.html", order=order)
