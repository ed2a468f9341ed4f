"""Archive of fines and fees receipts printed on the van's receipt printer.

When a borrower pays a fine at a stop, the tablet records the payment and
the server renders a PDF receipt into RECEIPT_ROOT, named from the payment's
database id.  Borrowers can download their own receipts from the website.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from .models import Payment
from .pdf import render_receipt

bp = Blueprint("receipts", __name__, url_prefix="/account/receipts")

RECEIPT_ROOT = Path(os.environ.get("RECEIPT_ROOT", "/srv/mobilelibrary/receipts"))


def receipt_path(payment: Payment) -> Path:
    year = payment.paid_at.strftime("%Y")
    return RECEIPT_ROOT / year / f"receipt-{int(payment.id):08d}.pdf"


def ensure_rendered(payment: Payment) -> Path:
    path = receipt_path(payment)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        render_receipt(payment, path)
    return path


@bp.get("/")
@login_required
def list_receipts():
    payments = (
        Payment.query.filter_by(borrower_id=current_user.id)
        .order_by(Payment.paid_at.desc())
        .limit(50)
        .all()
    )
    return {
        "receipts": [
            {"id": p.id, "amount": str(p.amount), "paid_at": p.paid_at.isoformat(),
             "stop": p.stop.name}
            for p in payments
        ]
    }


@bp.get("/<int:payment_id>.pdf")
@login_required
def download_receipt(payment_id: int):
    payment = Payment.query.filter_by(id=payment_id, borrower_id=current_user.id).first()
    if payment is None:
        abort(404)
    path = ensure_rendered(payment)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"mobile-library-receipt-{payment.id}.pdf",
    )
