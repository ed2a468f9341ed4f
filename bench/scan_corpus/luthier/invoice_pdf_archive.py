"""Download archived invoices for repairs, rentals and commissions.

Invoices are rendered to PDF when issued and the storage path is saved
on the invoice row. Customers request them by invoice id only; the file
location always comes from the database.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from .extensions import db
from .models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/invoices")


def _archive_root() -> Path:
    return Path(current_app.config["INVOICE_ARCHIVE"])


def invoice_for_user(invoice_id: int, user) -> Invoice:
    stmt = select(Invoice).where(Invoice.id == invoice_id)
    if not user.is_staff:
        stmt = stmt.where(Invoice.customer_id == user.customer_id)
    invoice = db.session.scalars(stmt).first()
    if invoice is None or invoice.pdf_relpath is None:
        abort(404)
    return invoice


@bp.get("/<int:invoice_id>.pdf")
@login_required
def download(invoice_id: int):
    invoice = invoice_for_user(invoice_id, current_user)
    pdf_path = _archive_root() / invoice.pdf_relpath
    if not pdf_path.is_file():
        current_app.logger.error("invoice %s missing from archive", invoice_id)
        abort(404)
    return send_file(
        pdf_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"invoice-{invoice.number}.pdf",
    )


@bp.get("/")
@login_required
def index():
    stmt = select(Invoice.id, Invoice.number, Invoice.issued_on, Invoice.total)
    if not current_user.is_staff:
        stmt = stmt.where(Invoice.customer_id == current_user.customer_id)
    rows = db.session.execute(stmt.order_by(Invoice.issued_on.desc()).limit(100)).all()
    return {"invoices": [dict(r._mapping) for r in rows]}
