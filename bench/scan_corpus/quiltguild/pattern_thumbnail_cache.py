"""Disk cache of page thumbnails for PDF patterns in the guild library."""
from __future__ import annotations

import io
import os
from hashlib import sha256 as _h
from pathlib import Path

import fitz  # PyMuPDF
from PIL import Image

CACHE_DIR = Path(os.environ.get("PATTERN_THUMB_CACHE", "/var/cache/quiltguild/thumbs"))
LIBRARY_DIR = Path(os.environ.get("PATTERN_LIBRARY_DIR", "/srv/quiltguild/patterns"))
ALLOWED_WIDTHS = (160, 320, 640)


class ThumbnailCache:
    def __init__(self, cache_dir: Path = CACHE_DIR) -> None:
        self.cache_dir = cache_dir
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def cache_key(pattern_id: int, page: int, width: int, source_mtime: float) -> str:
        raw = f"{pattern_id}:{page}:{width}:{source_mtime:.0f}".encode("ascii")
        return _h(raw).hexdigest()

    def _render(self, pdf_path: Path, page: int, width: int) -> bytes:
        with fitz.open(pdf_path) as doc:
            pix = doc[page].get_pixmap(dpi=96)
        image = Image.open(io.BytesIO(pix.tobytes("png")))
        height = round(image.height * width / image.width)
        out = io.BytesIO()
        image.resize((width, height)).save(out, format="WEBP", quality=80)
        return out.getvalue()

    def get(self, pattern_id: int, page: int = 0, width: int = 320) -> bytes:
        if width not in ALLOWED_WIDTHS:
            raise ValueError(f"width must be one of {ALLOWED_WIDTHS}")
        pdf_path = LIBRARY_DIR / f"{int(pattern_id)}.pdf"
        key = self.cache_key(pattern_id, page, width, pdf_path.stat().st_mtime)
        cached = self.cache_dir / f"{key}.webp"
        if cached.exists():
            return cached.read_bytes()
        data = self._render(pdf_path, page, width)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(cached)
        return data

    def prune(self, keep: int = 5000) -> int:
        files = sorted(self.cache_dir.glob("*.webp"), key=lambda p: p.stat().st_atime)
        removed = 0
        for path in files[:-keep] if len(files) > keep else []:
            path.unlink(missing_ok=True)
            removed += 1
        return removed
