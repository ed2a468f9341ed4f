"""HTML invoices for trade customers.

Invoice lines carry free-text descriptions from the order desk and the
customer's own PO reference, so everything goes through an autoescaping
environment. Multi-line delivery addresses are rendered with <br> breaks.
"""
from __future__ import annotations

from decimal import Decimal

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from billing.config import TEMPLATE_DIR


def nl2br(value: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


def money(value: Decimal) -> str:
    return f"\u00a3{value:,.2f}"


env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
)
env.filters["nl2br"] = nl2br
env.filters["money"] = money


def render_invoice(invoice: dict) -> str:
    lines = invoice["lines"]
    net = sum((Decimal(l["unit_price"]) * Decimal(l["qty"]) for l in lines), Decimal("0"))
    vat = (net * Decimal("0.20")).quantize(Decimal("0.01"))
    return env.get_template("invoice.html").render(
        invoice=invoice,
        customer_po=invoice.get("customer_po", ""),
        delivery_address=invoice["delivery_address"],
        lines=lines,
        net=net,
        vat=vat,
        gross=net + vat,
        fsc_statement=invoice.get("fsc_claim"),
    )
