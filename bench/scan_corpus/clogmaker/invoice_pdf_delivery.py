"""Customer download of invoice PDFs for web shop and workshop orders."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from clogmaker.models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


def invoice_root() -> Path:
    return Path(current_app.config["INVOICE_DIR"]).resolve()


def resolve_invoice_path(relative_name: str) -> Path:
    root = invoice_root()
    candidate = (root / relative_name).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(relative_name)
    return candidate


@bp.get("/")
@login_required
def list_invoices():
    invoices = Invoice.query.filter_by(customer_id=current_user.id).order_by(Invoice.issued_on.desc())
    return {
        "invoices": [
            {"number": inv.number, "issued_on": inv.issued_on.isoformat(), "file": inv.file_name}
            for inv in invoices
        ]
    }


@bp.get("/<path:file_name>")
@login_required
def download_invoice(file_name: str):
    invoice = Invoice.query.filter_by(customer_id=current_user.id, file_name=file_name).first()
    if invoice is None:
        abort(404)
    try:
        path = resolve_invoice_path(file_name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=f"{invoice.number}.pdf")
