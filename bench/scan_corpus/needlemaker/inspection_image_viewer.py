"""Viewer for in-line camera images captured during needle inspection.

Images are stored per lot under the inspection image share; the QA
workbench shows them next to the defect list.
"""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

from needlemaker.inspection.models import DefectRecord

bp = Blueprint("inspection_images", __name__, url_prefix="/inspection/images")

ALLOWED_SUFFIXES = (".png", ".jpg", ".tif")


def _image_root() -> str:
    return current_app.config["INSPECTION_IMAGE_ROOT"]


@bp.get("/<lot_number>/<path:image_name>")
@login_required
def show_image(lot_number: str, image_name: str):
    if not image_name.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_image_root(), lot_number, image_name)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)


@bp.get("/defect/<int:defect_id>")
@login_required
def defect_image(defect_id: int):
    record = DefectRecord.query.get_or_404(defect_id)
    return {
        "lot": record.lot_number,
        "station": record.station,
        "image": f"/inspection/images/{record.lot_number}/{record.image_ref}",
    }
