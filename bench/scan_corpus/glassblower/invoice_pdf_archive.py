"""Customer-facing archive of invoices for commissions and class packages."""

import os
import re

from flask import Blueprint, abort, current_app, render_template, send_from_directory
from flask_login import current_user, login_required

from hotshop.billing import invoices_for_customer

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")

INVOICE_NUMBER = re.compile(r"^INV-\d{4}-\d{5}$")


def _customer_archive() -> str:
    return os.path.join(current_app.config["INVOICE_ARCHIVE_ROOT"], str(current_user.id))


@bp.get("/")
@login_required
def index():
    invoices = invoices_for_customer(current_user.id)
    return render_template("account/invoices.html", invoices=invoices)


@bp.get("/<invoice_number>.pdf")
@login_required
def download(invoice_number: str):
    if not INVOICE_NUMBER.fullmatch(invoice_number):
        abort(404)
    owned = {inv.number for inv in invoices_for_customer(current_user.id)}
    if invoice_number not in owned:
        abort(404)
    return send_from_directory(
        _customer_archive(),
        f"{invoice_number}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
    )
