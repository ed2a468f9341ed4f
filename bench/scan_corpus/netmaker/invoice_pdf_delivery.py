"""Delivery of invoice PDFs in the skipper portal.

Invoices are rendered to PDF when issued and stored under the invoice
archive by year. Skippers can download any invoice for their own vessels.
"""
from flask import Blueprint, abort, current_app, g, send_from_directory

from netmaker.auth import skipper_required
from netmaker.invoicing import invoices_for_skipper

bp = Blueprint("invoice_pdfs", __name__, url_prefix="/portal/invoices")


def _archive_dir(year: int) -> str:
    return f"{current_app.config['INVOICE_ARCHIVE_DIR']}/{year}"


@bp.get("/<int:year>/<path:document>")
@skipper_required
def download(year: int, document: str):
    allowed = {inv.pdf_name for inv in invoices_for_skipper(g.skipper.id, year=year)}
    if document not in allowed:
        abort(404)
    return send_from_directory(
        _archive_dir(year),
        document,
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/<int:year>")
@skipper_required
def index(year: int):
    invoices = invoices_for_skipper(g.skipper.id, year=year)
    return {
        "year": year,
        "invoices": [
            {"number": inv.number, "document": inv.pdf_name, "amount": str(inv.total)}
            for inv in invoices
        ],
    }
