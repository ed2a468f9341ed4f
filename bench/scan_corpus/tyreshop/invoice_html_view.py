"""HTML invoice view in the fleet customer portal.

Fleet customers open invoices in the browser before downloading the PDF.
Each invoice shows the customer's own purchase order reference and the
driver note entered when the vehicle was booked in through the widget.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, abort, render_template_string
from flask_login import current_user, login_required
from markupsafe import Markup

from invoicing.repository import load_invoice

portal_invoices = Blueprint("portal_invoices", __name__)

INVOICE_TEMPLATE = """
<article class="invoice">
  <h1>Invoice {{ inv.number }}</h1>
  <p>Vehicle: {{ inv.plate }} &middot; PO: {{ inv.po_reference }}</p>
  <section class="driver-note">{{ note }}</section>
  <table>
  {% for line in inv.lines %}
    <tr><td>{{ line.description }}</td><td>{{ line.qty }}</td><td>{{ line.net }}</td></tr>
  {% endfor %}
  </table>
  <p class="total">Total incl. VAT: {{ inv.total_gross }}</p>
</article>
"""


@dataclass
class InvoiceLine:
    description: str
    qty: int
    net: Decimal


def format_driver_note(raw_note: str | None) -> Markup:
    if not raw_note:
        return Markup("<em>No driver note</em>")
    paragraphs = [p.strip() for p in raw_note.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@portal_invoices.get("/portal/invoices/<invoice_no>")
@login_required
def show_invoice(invoice_no: str):
    invoice = load_invoice(invoice_no)
    if invoice is None or invoice.fleet_account_id != current_user.fleet_account_id:
        abort(404)
    return render_template_string(
        INVOICE_TEMPLATE,
        inv=invoice,
        note=format_driver_note(invoice.booking_driver_note),
    )
