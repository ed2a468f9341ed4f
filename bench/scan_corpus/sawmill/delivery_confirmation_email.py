"""Builds the HTML delivery confirmation emailed to trade customers.

Includes the load list, the delivery window and the site instructions the
customer typed in when they placed the order (e.g. "Ring Dave on arrival,
gate code at the cabin, no access before 8").
"""
from __future__ import annotations

from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, StrictUndefined

_env = Environment(
    loader=PackageLoader("dispatch", "templates/email"),
    autoescape=False,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _fmt_m3(value: float) -> str:
    return f"{value:,.3f} m\u00b3"


_env.filters["m3"] = _fmt_m3


def render_confirmation(order: dict, drops: list[dict]) -> str:
    template = _env.get_template("delivery_confirmation.html")
    return template.render(
        customer_name=order["customer_name"],
        order_ref=order["reference"],
        site_instructions=order.get("site_instructions", ""),
        window=order["delivery_window"],
        lines=order["lines"],
        drops=drops,
    )


def build_message(order: dict, drops: list[dict], sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Delivery booked: order {order['reference']}"
    msg["From"] = sender
    msg["To"] = order["contact_email"]
    msg.set_content(f"Your order {order['reference']} is booked for delivery {order['delivery_window']}.")
    msg.add_alternative(render_confirmation(order, drops), subtype="html")
    return msg
