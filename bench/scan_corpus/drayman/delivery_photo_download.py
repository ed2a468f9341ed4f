"""Proof-of-delivery photos for the customer service desk.

Drivers photograph the kegs left in the cellar or at the drop point. The
service desk opens these photos when a pub disputes a delivery.
"""
import mimetypes
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from drayman.models import DeliveryStop
from drayman.settings import settings

bp = Blueprint("pod_photos", __name__, url_prefix="/service-desk/pod")

PHOTO_ROOT = settings.POD_PHOTO_DIR


def _photo_dir_for(stop: DeliveryStop) -> str:
    return os.path.join(PHOTO_ROOT, stop.delivery_date.strftime("%Y/%m/%d"), str(stop.id))


@bp.get("/<int:stop_id>/photos")
@login_required
def list_photos(stop_id: int):
    stop = DeliveryStop.query.get_or_404(stop_id)
    folder = _photo_dir_for(stop)
    if not os.path.isdir(folder):
        return {"photos": []}
    return {"photos": sorted(os.listdir(folder))}


@bp.get("/<int:stop_id>/photo")
@login_required
def photo(stop_id: int):
    stop = DeliveryStop.query.get_or_404(stop_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_photo_dir_for(stop), name)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, download_name=f"stop-{stop.id}-{name}")
