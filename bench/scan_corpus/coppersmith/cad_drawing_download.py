"""Download endpoint for CAD drawings in the customer portal.

Drawings live on the NAS under one folder per commission order; clients
download the DXF or PDF revisions that have been approved for them.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from coppersmith.orders import order_belongs_to
from coppersmith.settings import DRAWINGS_ROOT

bp = Blueprint("drawings", __name__, url_prefix="/portal/drawings")

MIME_TYPES = {
    ".dxf": "image/vnd.dxf",
    ".pdf": "application/pdf",
    ".step": "application/step",
}


def _order_folder(order_id: int) -> str:
    return os.path.join(DRAWINGS_ROOT, f"order-{order_id:06d}")


@bp.get("/<int:order_id>")
@login_required
def download(order_id: int):
    if not order_belongs_to(order_id, current_user.account_id):
        abort(404)
    name = request.args.get("file", "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in MIME_TYPES:
        abort(400)
    full_path = os.path.join(_order_folder(order_id), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=MIME_TYPES[extension], as_attachment=True)
