"""Freight account invoice downloads for haulier customers."""
import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from freight.models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/freight/invoices")

INVOICE_DIR = os.environ.get("FREIGHT_INVOICE_DIR", "/srv/ferry/freight-invoices")


@bp.route("/<int:invoice_id>")
@login_required
def list_invoice(invoice_id: int):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    return {"id": invoice.id, "number": invoice.number, "file": invoice.pdf_name}


@bp.route("/files/<path:filename>")
@login_required
def download_invoice(filename: str):
    invoice = Invoice.query.filter_by(pdf_name=filename, account_id=current_user.account_id).first()
    if invoice is None:
        abort(404)
    account_dir = os.path.join(INVOICE_DIR, str(current_user.account_id))
    return send_from_directory(account_dir, filename, mimetype="application/pdf", as_attachment=True)
