"""Accounts-payable upload of supplier invoices for raw material purchases."""
import os
import uuid
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from perfumer.db import db
from perfumer.models import PurchaseOrder, SupplierInvoice

bp = Blueprint("invoices", __name__, url_prefix="/purchasing/invoices")

ALLOWED_EXTENSIONS = {".pdf", ".xml"}


def _stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "invoice.pdf"
    return f"{uuid.uuid4().hex}_{cleaned}"


def _month_folder(today: date) -> str:
    folder = os.path.join(current_app.config["INVOICE_STORAGE"], today.strftime("%Y-%m"))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:po_id>")
def upload_invoice(po_id: int):
    order = db.session.get(PurchaseOrder, po_id) or abort(404)
    upload = request.files.get("invoice")
    if upload is None or not upload.filename:
        abort(400)
    if os.path.splitext(upload.filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    stored = _stored_name(upload.filename)
    path = os.path.join(_month_folder(date.today()), stored)
    upload.save(path)
    invoice = SupplierInvoice(
        purchase_order_id=order.id,
        supplier_code=order.supplier_code,
        original_name=upload.filename,
        storage_path=path,
    )
    db.session.add(invoice)
    db.session.commit()
    return jsonify({"id": invoice.id, "stored_as": stored}), 201
