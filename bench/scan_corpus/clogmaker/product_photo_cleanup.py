"""Removal of retired product photos from the web shop media folder."""

import logging
import os

from celery import shared_task
from flask import Blueprint, jsonify, request
from flask_login import login_required

from clogmaker.config import settings
from clogmaker.models import ProductPhoto, db

logger = logging.getLogger(__name__)

bp = Blueprint("photo_admin", __name__, url_prefix="/admin/photos")

PHOTO_ROOT = settings.SHOP_MEDIA_ROOT
VARIANT_DIRS = ("original", "large", "thumb")


@shared_task(name="shop.delete_product_photos")
def delete_product_photos(product_id: int, filenames: list[str]) -> int:
    removed = 0
    for name in filenames:
        for variant in VARIANT_DIRS:
            path = os.path.join(PHOTO_ROOT, variant, name)
            try:
                os.remove(path)
                removed += 1
            except FileNotFoundError:
                logger.debug("Photo %s already gone", path)
    ProductPhoto.query.filter(
        ProductPhoto.product_id == product_id, ProductPhoto.filename.in_(filenames)
    ).delete(synchronize_session=False)
    db.session.commit()
    return removed


@bp.post("/<int:product_id>/retire")
@login_required
def retire_photos(product_id: int):
    payload = request.get_json(force=True)
    filenames = [str(name) for name in payload.get("filenames", [])]
    if not filenames:
        return jsonify({"queued": 0}), 400
    delete_product_photos.delay(product_id, filenames)
    return jsonify({"queued": len(filenames)}), 202
