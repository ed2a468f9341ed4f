"""Order confirmation page shown after checkout.

Shows each pin design with the customer's own wording for the back-stamp and
the gift message they entered at checkout.
"""
from decimal import Decimal

from flask import Blueprint, abort, render_template_string
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Order

bp = Blueprint("confirmation", __name__)

PAGE = """
<h1>Thanks, {{ order.customer_name }}!</h1>
<p>Order <strong>{{ order.order_no }}</strong> is confirmed.</p>
<table class="lines">
{% for line in lines %}
  <tr><td>{{ line.design }}</td><td>{{ line.qty }}</td><td>{{ line.backstamp }}</td></tr>
{% endfor %}
</table>
{% if gift_message %}<blockquote class="gift">{{ gift_message }}</blockquote>{% endif %}
<p>Total paid: &pound;{{ total }}</p>
"""


def _gift_message_html(text: str | None) -> Markup | None:
    if not text:
        return None
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _lines(order: Order) -> list[dict]:
    return [
        {"design": l.design_name, "qty": l.quantity, "backstamp": l.backstamp_text or "-"}
        for l in order.lines
    ]


@bp.get("/orders/<order_no>/confirmed")
@login_required
def confirmed(order_no: str):
    order = Order.query.filter_by(order_no=order_no, customer_id=current_user.id).first()
    if order is None:
        abort(404)
    total = sum((l.unit_price * l.quantity for l in order.lines), Decimal("0"))
    return render_template_string(
        PAGE,
        order=order,
        lines=_lines(order),
        gift_message=_gift_message_html(order.gift_message),
        total=f"{total:.2f}",
    )
