"""Serves delivery order PDFs to consignees and their appointed hauliers."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from portal.models import DeliveryOrder

bp = Blueprint("delivery_orders", __name__, url_prefix="/delivery-orders")


def _storage_dir() -> str:
    return current_app.config.get("DO_STORAGE_DIR", os.path.join(current_app.instance_path, "delivery_orders"))


@bp.get("/<do_number>/pdf")
@login_required
def download(do_number: str):
    order = DeliveryOrder.query.filter_by(number=do_number).first()
    if order is None or not order.visible_to(current_user):
        abort(404)
    # send_from_directory refuses names that escape the storage directory
    return send_from_directory(
        _storage_dir(),
        order.pdf_filename,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"DO-{order.number}.pdf",
    )
