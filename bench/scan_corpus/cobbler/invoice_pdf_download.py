"""Download of repair invoices as PDF for customers and store staff.

Invoices are rendered by the billing worker into a flat folder per month;
the customer portal links to them by file name.
"""
from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from cobbler.config import settings
from cobbler.repositories import invoice_repo

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


def month_folder(invoice) -> str:
    return f"{settings.INVOICE_ROOT}/{invoice.issued_on:%Y-%m}"


@bp.get("/<invoice_no>/<path:filename>")
@login_required
def download_invoice(invoice_no: str, filename: str):
    invoice = invoice_repo.find(invoice_no)
    if invoice is None:
        abort(404)
    if not (current_user.is_staff or invoice.customer_id == current_user.customer_id):
        abort(404)
    return send_from_directory(
        month_folder(invoice),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"cobbler-invoice-{invoice_no}.pdf",
    )


@bp.get("/mine")
@login_required
def my_invoices():
    invoices = invoice_repo.for_customer(current_user.customer_id)
    return {
        "invoices": [
            {"number": inv.number, "file": inv.pdf_name, "total_cents": inv.total_cents}
            for inv in invoices
        ]
    }
