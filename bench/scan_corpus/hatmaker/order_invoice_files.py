"""Customer invoices for hat orders, rendered to PDF and kept on disk.

The file name is derived from the order's database id, never from the request,
and only the order's owner (or staff) may download it.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import HatOrder, db
from .pdf import render_invoice_pdf

bp = Blueprint("order_invoices", __name__, url_prefix="/account/orders")


def invoice_dir() -> Path:
    folder = Path(current_app.config["INVOICE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def invoice_path(order: HatOrder) -> Path:
    return invoice_dir() / f"invoice-{order.id:08d}.pdf"


def ensure_invoice(order: HatOrder) -> Path:
    path = invoice_path(order)
    if not path.exists() or path.stat().st_mtime < order.updated_at.timestamp():
        path.write_bytes(render_invoice_pdf(order))
    return path


@bp.get("/<int:order_id>/invoice.pdf")
@login_required
def download_invoice(order_id: int):
    order = db.session.get(HatOrder, order_id)
    if order is None:
        abort(404)
    if order.customer_id != current_user.id and not current_user.is_staff:
        abort(404)
    if order.status not in {"paid", "collected", "refunded"}:
        abort(409)

    path = ensure_invoice(order)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{order.reference}-invoice.pdf",
    )
