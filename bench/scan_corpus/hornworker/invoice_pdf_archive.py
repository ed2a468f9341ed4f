"""Download of wholesale invoice PDFs for museum-shop buyers."""
from flask import Blueprint, abort, current_app, g, send_from_directory

from hornworker.auth import trade_login_required
from hornworker.models import WholesaleInvoice

bp = Blueprint("invoices", __name__, url_prefix="/trade/invoices")


def invoice_dir_for(account_code: str) -> str:
    return f"{current_app.config['INVOICE_ARCHIVE']}/{account_code}"


@bp.get("/")
@trade_login_required
def invoice_index():
    invoices = (
        WholesaleInvoice.query.filter_by(account_id=g.trade_account.id)
        .order_by(WholesaleInvoice.issued_on.desc())
        .all()
    )
    return {
        "invoices": [
            {"number": inv.number, "issued_on": inv.issued_on.isoformat(), "file": inv.pdf_name}
            for inv in invoices
        ]
    }


@bp.get("/<path:filename>")
@trade_login_required
def download_invoice(filename: str):
    directory = invoice_dir_for(g.trade_account.account_code)
    if not filename.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(
        directory,
        filename,
        mimetype="application/pdf",
        as_attachment=True,
    )
