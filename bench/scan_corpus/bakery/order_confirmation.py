"""Order confirmation pages for the wholesale portal.

Delivery instructions are typed by the customer at checkout ("ring the
back door", "leave crates by the cold room") and shown back to them here
and on the driver's manifest.
"""
from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Order

bp = Blueprint("orders", __name__, url_prefix="/orders")


def nl2br(text: str) -> Markup:
    return Markup(text.replace("\r\n", "\n").replace("\n", "<br>\n"))


@bp.get("/<int:order_id>/confirmation")
@login_required
def confirmation(order_id: int):
    order = Order.query.get_or_404(order_id)
    if order.customer_id != current_user.customer_id:
        abort(404)
    return render_template(
        "orders/confirmation.html",
        order=order,
        lines=order.lines,
        delivery_note=nl2br(order.delivery_instructions or ""),
        total=sum(ln.qty * ln.unit_price for ln in order.lines),
    )
