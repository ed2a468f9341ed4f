"""Parent portal: download PDF invoices and funding statements."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


@bp.get("/")
@login_required
def list_invoices():
    invoices = current_user.account.invoices.order_by("issued_on desc").all()
    return {"invoices": [{"number": i.number, "file": i.pdf_name, "issued_on": i.issued_on.isoformat()} for i in invoices]}


@bp.get("/download")
@login_required
def download_invoice():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    account_dir = os.path.join(current_app.config["INVOICE_ROOT"], str(current_user.account_id))
    return send_file(os.path.join(account_dir, filename), mimetype="application/pdf", as_attachment=True)
