"""Proof page shown to customers before an engraved order is made.

Shows the item photo, the chosen font and the lettering laid out line by
line, with buttons to approve the proof or ask for a change.
"""
from flask import Blueprint, render_template
from markupsafe import Markup

from .auth import require_order_access
from .models import OrderItem

bp = Blueprint("proof_page", __name__)

FONT_LABELS = {"script": "Copperplate script", "roman": "Classic roman", "block": "Block capitals"}
MAX_LINES = 4


def lettering_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:MAX_LINES]


def lettering_html(text: str) -> Markup:
    return Markup("<br>".join(lettering_lines(text)))


def proof_context(item: OrderItem) -> dict:
    return {
        "item": item,
        "font_label": FONT_LABELS.get(item.engraving_font, "Classic roman"),
        "lettering": lettering_html(item.engraving_text or ""),
        "line_count": len(lettering_lines(item.engraving_text or "")),
        "can_approve": item.proof_status in {"awaiting_customer", "revised"},
    }


@bp.get("/orders/<order_number>/items/<int:item_id>/proof")
@require_order_access
def proof(order_number: str, item_id: int):
    item = OrderItem.query.filter_by(id=item_id, order_number=order_number).first_or_404()
    return render_template("orders/proof.html", **proof_context(item))
