"""Maintenance work order attachments (invoices, photos, inspection PDFs)."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from fleet.maintenance.models import WorkOrder, WorkOrderAttachment, db

bp = Blueprint("wo_attachments", __name__, url_prefix="/work-orders")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".heic"}


def _order_dir(order_id: int) -> str:
    return os.path.join(current_app.config["ATTACHMENT_ROOT"], str(order_id))


def _get_order(order_id: int) -> WorkOrder:
    order = db.session.get(WorkOrder, order_id)
    if order is None or order.shop_id not in current_user.shop_ids:
        abort(404)
    return order


@bp.get("/<int:order_id>/attachments")
@login_required
def list_attachments(order_id: int):
    order = _get_order(order_id)
    return jsonify([{"name": a.filename, "uploaded_at": a.uploaded_at.isoformat()} for a in order.attachments])


@bp.post("/<int:order_id>/attachments")
@login_required
def upload_attachment(order_id: int):
    order = _get_order(order_id)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    os.makedirs(_order_dir(order.id), exist_ok=True)
    upload.save(os.path.join(_order_dir(order.id), name))
    db.session.add(
        WorkOrderAttachment(
            work_order_id=order.id,
            filename=name,
            uploaded_by=current_user.id,
            uploaded_at=datetime.now(timezone.utc),
        )
    )
    db.session.commit()
    return jsonify({"name": name}), 201


@bp.get("/<int:order_id>/attachments/<path:filename>")
@login_required
def download_attachment(order_id: int, filename: str):
    order = _get_order(order_id)
    path = os.path.join(_order_dir(order.id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
