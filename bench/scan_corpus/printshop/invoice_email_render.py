"""Renders invoice notification emails (HTML part and plain-text part)."""
from __future__ import annotations

import os
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = os.environ.get("EMAIL_TEMPLATE_DIR", "/srv/printshop/templates/email")

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    undefined=StrictUndefined,
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
    trim_blocks=True,
)
_env.filters["money"] = lambda v: f"\u00a3{v:,.2f}"


@dataclass
class InvoiceEmail:
    subject: str
    html: str
    text: str


def render_invoice_email(invoice, pdf_url: str) -> InvoiceEmail:
    context = {
        "company": invoice.customer.company_name,
        "po_number": invoice.po_number,
        "lines": invoice.lines,
        "total": invoice.total,
        "due_date": invoice.due_date,
        "pdf_url": pdf_url,
    }
    return InvoiceEmail(
        subject=f"Invoice {invoice.number} from {invoice.issuer_name}",
        html=_env.get_template("invoice.html").render(**context),
        text=_env.get_template("invoice.txt").render(**context),
    )
