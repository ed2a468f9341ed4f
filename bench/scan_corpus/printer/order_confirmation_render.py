"""Render order confirmation emails for the web-to-print shop.

The HTML email lists each line item with the customer's own job name, so
names are escaped before they are wrapped in markup.
"""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from printshop.shop.orders import Order

env = Environment(
    loader=PackageLoader("printshop", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)


def line_label(item) -> Markup:
    return Markup("<strong>{}</strong> &times; {} ({})").format(item.job_name, item.quantity, item.product_name)


def money(value) -> str:
    return f"\u00a3{value:,.2f}"


def render_confirmation(order: Order) -> tuple[str, str]:
    lines = [
        {"label": line_label(item), "price": money(item.total)}
        for item in order.items
    ]
    context = {
        "customer_name": order.customer.first_name,
        "order_ref": order.reference,
        "lines": lines,
        "subtotal": money(order.subtotal),
        "vat": money(order.vat),
        "total": money(order.total),
        "delivery_date": order.estimated_delivery.strftime("%A %d %B"),
    }
    html = env.get_template("order_confirmation.html").render(**context)
    text = env.get_template("order_confirmation.txt").render(**context)
    return html, text
