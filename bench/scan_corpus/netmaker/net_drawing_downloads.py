"""Downloads of net drawings for fleet customers.

Each custom net order has CAD drawings and cutting sheets exported to the
drawings share. Fleet managers download them from the order page.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from netmaker.orders import order_for_fleet
from netmaker.settings import DRAWINGS_ROOT

bp = Blueprint("drawings", __name__, url_prefix="/orders")

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".dxf": "image/vnd.dxf",
    ".png": "image/png",
}


def drawing_folder(order) -> str:
    return os.path.join(DRAWINGS_ROOT, str(order.year), order.reference)


@bp.get("/<int:order_id>/drawings/<path:filename>")
@login_required
def download_drawing(order_id: int, filename: str):
    order = order_for_fleet(order_id, current_user.fleet_id)
    if order is None:
        abort(404)
    full_path = os.path.join(drawing_folder(order), filename)
    if not os.path.isfile(full_path):
        abort(404)
    extension = os.path.splitext(full_path)[1].lower()
    return send_file(
        full_path,
        mimetype=MIME_TYPES.get(extension, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/<int:order_id>/drawings")
@login_required
def list_drawings(order_id: int):
    order = order_for_fleet(order_id, current_user.fleet_id)
    if order is None:
        abort(404)
    folder = drawing_folder(order)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"order": order.reference, "files": names}
