"""Caches resized product photos for the e-shop and serves them with ETags."""
import hashlib
from io import BytesIO

from flask import Blueprint, abort, request, send_file
from PIL import Image

from pewterer.eshop.storage import load_product_photo
from pewterer.eshop.cache import image_cache

bp = Blueprint("product_images", __name__)

SIZES = {"thumb": (160, 160), "card": (480, 480), "zoom": (1600, 1600)}


def _render(product_sku: str, size_name: str) -> bytes:
    original = load_product_photo(product_sku)
    if original is None:
        abort(404)
    with Image.open(BytesIO(original)) as img:
        img.thumbnail(SIZES[size_name])
        out = BytesIO()
        img.convert("RGB").save(out, format="JPEG", quality=85)
        return out.getvalue()


def _etag_for(payload: bytes) -> str:
    return hashlib.md5(payload, usedforsecurity=False).hexdigest()


@bp.get("/img/<product_sku>/<size_name>.jpg")
def product_image(product_sku: str, size_name: str):
    if size_name not in SIZES:
        abort(404)
    key = f"img:{product_sku}:{size_name}"
    payload = image_cache.get(key)
    if payload is None:
        payload = _render(product_sku, size_name)
        image_cache.set(key, payload, timeout=86400)
    etag = _etag_for(payload)
    if request.if_none_match.contains(etag):
        return "", 304
    response = send_file(BytesIO(payload), mimetype="image/jpeg")
    response.set_etag(etag)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
