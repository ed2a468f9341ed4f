"""Serves grading photographs of individual hides to buyers inspecting a lot."""
import mimetypes
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from fellmonger.auction.access import buyer_can_view_lot
from fellmonger.settings import STORAGE

bp = Blueprint("grading_photos", __name__, url_prefix="/portal/lots")

PHOTO_ROOT = STORAGE["grading_photos"]


def lot_photo_dir(sale_code: str, lot_number: int) -> str:
    return os.path.join(PHOTO_ROOT, sale_code, f"lot-{lot_number:04d}")


def list_photos(sale_code: str, lot_number: int) -> list[str]:
    folder = lot_photo_dir(sale_code, lot_number)
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))


@bp.get("/<sale_code>/<int:lot_number>/photos")
@login_required
def photo_index(sale_code: str, lot_number: int):
    if not buyer_can_view_lot(current_user, sale_code, lot_number):
        abort(403)
    return {"photos": list_photos(sale_code, lot_number)}


@bp.get("/<sale_code>/<int:lot_number>/photos/<path:photo_name>")
@login_required
def photo(sale_code: str, lot_number: int, photo_name: str):
    if not buyer_can_view_lot(current_user, sale_code, lot_number):
        abort(403)
    full_path = os.path.join(lot_photo_dir(sale_code, lot_number), photo_name)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)
