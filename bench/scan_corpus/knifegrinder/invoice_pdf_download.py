"""Invoice PDF downloads for restaurant account holders.

Invoices are rendered nightly by the billing worker into a shared
directory; kitchen managers download them from the account page.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from knifegrinder.billing.models import Invoice

bp = Blueprint("invoice_files", __name__, url_prefix="/account/invoices")


def _invoice_root() -> str:
    return current_app.config["INVOICE_PDF_DIR"]


def _download_name(invoice: Invoice) -> str:
    return f"KnifeGrinder-{invoice.number}.pdf"


@bp.get("/<int:invoice_id>/pdf")
@login_required
def download_invoice(invoice_id: int):
    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.account_id != current_user.account_id:
        abort(404)
    path = os.path.join(_invoice_root(), invoice.pdf_filename)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=_download_name(invoice))


@bp.get("/statement")
@login_required
def download_statement():
    period = request.args.get("period", "")
    filename = request.args.get("file") or f"statement-{current_user.account_id}-{period}.pdf"
    path = os.path.join(_invoice_root(), "statements", filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
