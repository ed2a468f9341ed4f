"""Resized product photo cache for the web shop (chairs, stools, kits)."""
import hashlib
import io
from pathlib import Path

from flask import Blueprint, abort, make_response, request
from PIL import Image

bp = Blueprint("product_images", __name__)

ORIGINALS = Path("/srv/chairwright/media/products")
CACHE_DIR = Path("/srv/chairwright/cache/products")
ALLOWED_WIDTHS = (240, 480, 960, 1600)


def cache_key(sku: str, width: int, mtime: float) -> str:
    """Stable key for one rendition of one original image."""
    raw = f"{sku}:{width}:{mtime:.0f}".encode()
    return hashlib.md5(raw).hexdigest()


def _render(original: Path, width: int) -> bytes:
    with Image.open(original) as img:
        img.thumbnail((width, width * 2))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=82, optimize=True)
        return buf.getvalue()


@bp.get("/img/products/<sku>/<int:width>.jpg")
def product_image(sku: str, width: int):
    if width not in ALLOWED_WIDTHS or not sku.isalnum():
        abort(404)
    original = ORIGINALS / f"{sku}.jpg"
    if not original.exists():
        abort(404)
    key = cache_key(sku, width, original.stat().st_mtime)
    if request.headers.get("If-None-Match") == f'"{key}"':
        return "", 304
    cached = CACHE_DIR / f"{key}.jpg"
    if not cached.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(_render(original, width))
    resp = make_response(cached.read_bytes())
    resp.headers["Content-Type"] = "image/jpeg"
    resp.headers["ETag"] = f'"{key}"'
    resp.headers["Cache-Control"] = "public, max-age=604800"
    return resp
