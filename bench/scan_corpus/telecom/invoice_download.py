"""Self-care portal: let a logged-in subscriber download their PDF invoices."""
import os

from flask import Blueprint, abort, g, send_file

from .auth import login_required

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")

INVOICE_ROOT = os.environ.get("INVOICE_ROOT", "/srv/billing/invoices")


@bp.get("/")
@login_required
def list_invoices():
    account_dir = os.path.join(INVOICE_ROOT, g.subscriber.account_id)
    if not os.path.isdir(account_dir):
        return {"invoices": []}
    names = sorted(n for n in os.listdir(account_dir) if n.endswith(".pdf"))
    return {"invoices": names}


@bp.get("/<path:filename>")
@login_required
def download_invoice(filename):
    account_dir = os.path.join(INVOICE_ROOT, g.subscriber.account_id)
    path = os.path.join(account_dir, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
