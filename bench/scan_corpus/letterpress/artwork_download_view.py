"""Lets designers and clients download the artwork files attached to an order."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .models import Order

bp = Blueprint("artwork", __name__, url_prefix="/orders")

PREVIEWABLE = {".pdf", ".png", ".jpg", ".jpeg", ".svg"}


def artwork_root() -> str:
    return current_app.config.get("ARTWORK_ROOT", "/srv/letterpress/artwork")


def order_folder(order: Order) -> str:
    return os.path.join(artwork_root(), order.reference)


def _can_see(order: Order) -> bool:
    user = g.user
    return user.is_staff or order.client_id == user.client_id


@bp.get("/<int:order_id>/artwork")
@login_required
def list_artwork(order_id: int):
    order = Order.query.get_or_404(order_id)
    if not _can_see(order):
        abort(403)
    folder = order_folder(order)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"order": order.reference, "files": names}


@bp.get("/<int:order_id>/artwork/<path:filename>")
@login_required
def download_artwork(order_id: int, filename: str):
    order = Order.query.get_or_404(order_id)
    if not _can_see(order):
        abort(403)
    full_path = os.path.join(order_folder(order), filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(filename)[1].lower()
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(
        full_path,
        mimetype=mimetype,
        as_attachment=ext not in PREVIEWABLE,
        download_name=os.path.basename(filename),
    )
