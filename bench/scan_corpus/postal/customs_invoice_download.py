"""Download of duty and VAT invoices from the customer account area.

When a customer pays import charges online, a PDF invoice is generated and
stored in the invoice folder.  Customers download them from their account
page by file name.
"""
import os
import re

from flask import Blueprint, abort, g, send_from_directory

from .auth import login_required
from .models import DutyInvoice

bp = Blueprint("duty_invoices", __name__, url_prefix="/account/invoices")

INVOICE_DIR = os.environ.get("DUTY_INVOICE_DIR", "/srv/postal/duty-invoices")
INVOICE_NAME_RE = re.compile(r"^DI-\d{10}\.pdf$")


@bp.route("/<name>")
@login_required
def download_invoice(name: str):
    if not INVOICE_NAME_RE.match(name):
        abort(404)
    invoice = DutyInvoice.query.filter_by(file_name=name, customer_id=g.customer.id).first()
    if invoice is None:
        abort(404)
    return send_from_directory(
        INVOICE_DIR,
        name,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"import-charges-{invoice.tracking_number}.pdf",
    )


@bp.route("/")
@login_required
def list_invoices():
    rows = DutyInvoice.query.filter_by(customer_id=g.customer.id).order_by(DutyInvoice.paid_at.desc())
    return {"invoices": [
        {"file": r.file_name, "tracking_number": r.tracking_number, "amount": str(r.amount)}
        for r in rows
    ]}
