"""Unpacks photo archives sent by site teams after restoration visits."""
from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("studio.photo_import")

PHOTO_ROOT = Path("/srv/studio/site-photos")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".heic"}


@dataclass
class ImportResult:
    site_id: int
    written: int
    skipped: int


class PhotoArchive:
    chunk = 1 << 16

    def __init__(self, stream, site_id: int) -> None:
        self.zf = zipfile.ZipFile(stream)
        self.destination = PHOTO_ROOT / f"site-{site_id:05d}"

    def _copy_member(self, info: zipfile.ZipInfo) -> None:
        target = os.path.join(self.destination, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with self.zf.open(info) as src, open(target, "wb") as dst:
            while block := src.read(self.chunk):
                dst.write(block)

    def unpack(self) -> tuple[int, int]:
        written = skipped = 0
        for info in self.zf.infolist():
            if info.is_dir() or Path(info.filename).suffix.lower() not in IMAGE_SUFFIXES:
                skipped += 1
                continue
            self._copy_member(info)
            written += 1
        return written, skipped


@app.post("/sites/<int:site_id>/photos")
def upload_photos(site_id: int):
    archive = PhotoArchive(request.files["archive"].stream, site_id)
    written, skipped = archive.unpack()
    log.info("site %d: %d photos imported, %d skipped", site_id, written, skipped)
    return jsonify(vars(ImportResult(site_id, written, skipped))), 201
