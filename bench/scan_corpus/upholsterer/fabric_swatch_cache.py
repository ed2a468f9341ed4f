"""Thumbnail cache for fabric swatch images shown in the swatch ordering page.

Mill images arrive as large TIFF/JPEG scans. We render small JPEG thumbnails
per colourway and size, and keep them on local disk keyed by their parameters.
"""
import hashlib as hl
import json
import os
from pathlib import Path
from typing import Iterable

from PIL import Image

CACHE_DIR = Path(os.environ.get("SWATCH_CACHE_DIR", "/var/cache/upholstery/swatches"))
DEFAULT_SIZE = (320, 320)
CACHE_VERSION = 3


def cache_key(fabric_code: str, colourway: str, size: tuple[int, int]) -> str:
    raw = f"v{CACHE_VERSION}:{fabric_code}:{colourway}:{size[0]}x{size[1]}".encode("utf-8")
    return hl.md5(raw).hexdigest()


def thumbnail_for(source: Path, fabric_code: str, colourway: str,
                  size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    target = CACHE_DIR / f"{cache_key(fabric_code, colourway, size)}.jpg"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with Image.open(source) as img:
        img.thumbnail(size)
        tmp = target.with_suffix(".part")
        img.convert("RGB").save(tmp, "JPEG", quality=85, optimize=True)
        tmp.replace(target)
    return target


def catalogue_etag(entries: Iterable[dict]) -> str:
    """ETag for the public swatch catalogue JSON."""
    body = json.dumps(list(entries), sort_keys=True, separators=(",", ":")).encode()
    return 'W/"' + hl.sha1(body).hexdigest() + '"'


def warm_cache(catalogue: Iterable[dict], sizes=(DEFAULT_SIZE, (96, 96))) -> int:
    rendered = 0
    for entry in catalogue:
        source = Path(entry["image_path"])
        if not source.exists():
            continue
        for size in sizes:
            thumbnail_for(source, entry["fabric_code"], entry["colourway"], size)
            rendered += 1
    return rendered
