"""Co-op member portal: download invoice PDFs and statements."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


def _member_dir(member_no: str) -> Path:
    return Path(current_app.config["INVOICE_PDF_ROOT"]) / member_no


@bp.get("/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id: int):
    invoice = Invoice.query.filter_by(id=invoice_id, member_id=current_user.member_id).first_or_404()
    return send_from_directory(
        _member_dir(current_user.member_no),
        invoice.pdf_filename,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"invoice-{invoice.number}.pdf",
    )


@bp.get("/statements/<path:filename>")
@login_required
def statement(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    statements_dir = _member_dir(current_user.member_no) / "statements"
    return send_from_directory(statements_dir, filename, mimetype="application/pdf")
