"""Let customers and the art team download original artwork files.

Artwork uploaded through the order form is stored under
``ARTWORK_ROOT/<order_no>/`` with the customer's original file name.
"""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("artwork", __name__, url_prefix="/orders/<order_no>/artwork")

ARTWORK_ROOT = os.environ.get("ARTWORK_ROOT", "/srv/pinmaker/artwork")


def _order_dir(order_no: str) -> str:
    return os.path.join(ARTWORK_ROOT, order_no)


def _can_view(order_no: str) -> bool:
    orders = current_app.extensions["orders"]
    order = orders.get(order_no)
    if order is None:
        return False
    return current_user.is_staff or order.customer_id == current_user.id


@bp.get("/")
@login_required
def list_files(order_no: str):
    if not _can_view(order_no):
        abort(404)
    directory = _order_dir(order_no)
    if not os.path.isdir(directory):
        return {"files": []}
    return {"files": sorted(os.listdir(directory))}


@bp.get("/<path:filename>")
@login_required
def download(order_no: str, filename: str):
    if not _can_view(order_no):
        abort(404)
    full_path = os.path.join(_order_dir(order_no), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, as_attachment=True,
                     download_name=os.path.basename(full_path))
