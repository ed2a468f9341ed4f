"""Renders invoice PDFs and lets owners download their own invoices from the portal."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_file
from flask_login import current_user, login_required
from weasyprint import HTML

from .models import Invoice

bp = Blueprint("invoice_pdfs", __name__, url_prefix="/portal/invoices")


class InvoicePdfStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def path_for(self, invoice: Invoice) -> Path:
        return self.root / f"{invoice.issued_on:%Y}" / f"INV-{invoice.id:06d}.pdf"

    def render(self, invoice: Invoice) -> Path:
        target = self.path_for(invoice)
        target.parent.mkdir(parents=True, exist_ok=True)
        html = render_template(
            "invoices/pdf.html",
            invoice=invoice,
            lines=invoice.lines,
            owner=invoice.owner,
            business=current_app.config["BUSINESS_DETAILS"],
        )
        HTML(string=html, base_url=current_app.static_folder).write_pdf(target)
        return target

    def ensure(self, invoice: Invoice) -> Path:
        target = self.path_for(invoice)
        if not target.is_file() or target.stat().st_mtime < invoice.updated_at.timestamp():
            target = self.render(invoice)
        return target


def _store() -> InvoicePdfStore:
    return InvoicePdfStore(current_app.config["INVOICE_PDF_ROOT"])


@bp.get("/<int:invoice_id>.pdf")
@login_required
def download(invoice_id: int):
    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.owner_id != current_user.owner_id or invoice.status == "draft":
        abort(404)
    path = _store().ensure(invoice)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{invoice.number}.pdf",
    )
