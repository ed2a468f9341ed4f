"""Lets logged-in customers download the artwork files attached to their order."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .models import Order

bp = Blueprint("artwork", __name__)

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ai": "application/postscript",
}


def _artwork_root() -> str:
    return current_app.config.get("ARTWORK_DIR", "/srv/enameller/artwork")


def _order_for_user(reference: str) -> Order:
    order = Order.query.filter_by(reference=reference).first()
    if order is None or order.customer_id != g.user.id:
        abort(404)
    return order


@bp.get("/orders/<reference>/artwork")
@login_required
def list_artwork(reference):
    order = _order_for_user(reference)
    folder = os.path.join(_artwork_root(), order.reference)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"order": order.reference, "files": names}


@bp.get("/orders/<reference>/artwork/<path:filename>")
@login_required
def download_artwork(reference, filename):
    order = _order_for_user(reference)
    full_path = os.path.join(_artwork_root(), order.reference, filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(full_path)[1].lower()
    return send_file(
        full_path,
        mimetype=MIME_TYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
    )
