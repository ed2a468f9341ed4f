"""Renders the HTML body of the "your order has shipped" e-mail.

Order lines include free text typed by the customer (engraving text for
accordion straps, colour wishes for bellows papers), so everything goes
through an autoescaping Jinja environment.
"""
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "shipped.html": """
<p>Hello {{ customer_name }},</p>
<p>your order {{ order_no }} is on its way{{ tracking_link }}.</p>
<table>
{% for line in lines %}
  <tr><td>{{ line.qty }} &times;</td><td>{{ line.title }}</td>
      <td>{{ line.custom_text or '' }}</td><td>{{ '%.2f'|format(line.price) }} EUR</td></tr>
{% endfor %}
</table>
<p>{{ signature }}</p>
""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

SIGNATURE = Markup("Bellows Works &middot; Werkstatt &amp; Versand")


@dataclass
class ShippedLine:
    qty: int
    title: str
    price: Decimal
    custom_text: str | None = None


def _tracking_link(carrier_url: str | None, tracking_no: str | None) -> Markup:
    if not carrier_url or not tracking_no:
        return Markup("")
    return Markup(' &ndash; <a href="{}">track parcel {}</a>').format(
        f"{carrier_url}?tracking={tracking_no}", tracking_no
    )


def render_shipped_email(customer_name: str, order_no: str, lines: list[ShippedLine],
                         carrier_url: str | None = None, tracking_no: str | None = None) -> str:
    template = env.get_template("shipped.html")
    return template.render(
        customer_name=customer_name,
        order_no=order_no,
        lines=lines,
        tracking_link=_tracking_link(carrier_url, tracking_no),
        signature=SIGNATURE,
    )

