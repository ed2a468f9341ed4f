"""Renders invoice e-mails (HTML and plain-text parts) from packaged templates."""
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("billing", "templates/invoices"),
    autoescape=select_autoescape(["html", "htm", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters["money"] = lambda cents, cur="EUR": f"{Decimal(cents) / 100:,.2f} {cur}"


def render_invoice_email(invoice, customer) -> tuple[str, str]:
    """Return (html, text) bodies; line descriptions are entered by customers."""
    context = {
        "invoice": invoice,
        "customer": customer,
        "lines": list(invoice.lines),
    }
    html = env.get_template("invoice.html").render(**context)
    text = env.get_template("invoice.txt").render(**context)
    return html, text
