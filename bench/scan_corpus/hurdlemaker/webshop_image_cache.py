"""Resized product photo cache for the hurdle web shop.

Product photos are uploaded at full size; listing pages ask for thumbnails
and medium images, which are produced once and kept on disk under a key
derived from the source file and the requested size.
"""
from __future__ import annotations

from hashlib import sha256 as _h
from io import BytesIO
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from PIL import Image

bp = Blueprint("images", __name__, url_prefix="/img")

SIZES = {"thumb": (240, 240), "card": (480, 360), "detail": (1200, 900)}


def _cache_key(source: Path, size_name: str) -> str:
    stat = source.stat()
    material = f"{source.name}:{stat.st_mtime_ns}:{stat.st_size}:{size_name}"
    return _h(material.encode("utf-8")).hexdigest()


def _render(source: Path, size: tuple[int, int]) -> bytes:
    with Image.open(source) as img:
        img = img.convert("RGB")
        img.thumbnail(size, Image.Resampling.LANCZOS)
        out = BytesIO()
        img.save(out, format="WEBP", quality=82, method=6)
        return out.getvalue()


def cached_image(product_id: int, size_name: str) -> Path:
    originals = Path(current_app.config["PRODUCT_PHOTO_DIR"])
    cache_dir = Path(current_app.config["IMAGE_CACHE_DIR"])
    source = originals / f"{product_id}.jpg"
    if not source.is_file():
        raise FileNotFoundError(source)
    target = cache_dir / f"{_cache_key(source, size_name)}.webp"
    if not target.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(_render(source, SIZES[size_name]))
        tmp.replace(target)
    return target


@bp.get("/product/<int:product_id>/<size_name>.webp")
def product_image(product_id: int, size_name: str):
    if size_name not in SIZES:
        abort(404)
    try:
        path = cached_image(product_id, size_name)
    except FileNotFoundError:
        abort(404)
    response = send_file(path, mimetype="image/webp", max_age=7 * 24 * 3600)
    response.headers["ETag"] = path.stem[:32]
    return response
