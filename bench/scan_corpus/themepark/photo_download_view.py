"""Full-resolution photo downloads for paid orders."""
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from .auth import login_required
from .models import PhotoOrder

downloads = Blueprint("downloads", __name__)


def _order_or_404(order_id: int) -> PhotoOrder:
    order = PhotoOrder.query.get_or_404(order_id)
    if order.guest_id != g.guest.id or order.status != "paid":
        abort(404)
    return order


@downloads.get("/orders/<int:order_id>/download")
@login_required
def download_photo(order_id: int):
    order = _order_or_404(order_id)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    base = current_app.config["PHOTO_ARCHIVE_ROOT"]
    path = os.path.join(base, order.park_code, order.capture_date.isoformat(), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
