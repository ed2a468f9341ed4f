"""Storage of processed listing images (resized, watermarked) on local disk.

Image files are named by the id the database assigns, never by anything the
uploader sent, so the on-disk layout is ``<root>/<listing_id>/<image_uuid>.jpg``.
"""
from __future__ import annotations

import io
import os
import uuid
from pathlib import Path
from typing import List

from PIL import Image
from sqlalchemy import text
from sqlalchemy.engine import Engine

MAX_EDGE = 1600


class ListingImageStore:
    def __init__(self, root: str, engine: Engine) -> None:
        self.root = Path(root)
        self.engine = engine

    def _path_for(self, listing_id: int, image_id: uuid.UUID) -> Path:
        return self.root / str(int(listing_id)) / f"{image_id.hex}.jpg"

    def add(self, listing_id: int, raw: bytes) -> uuid.UUID:
        image = Image.open(io.BytesIO(raw))
        image = image.convert("RGB")
        image.thumbnail((MAX_EDGE, MAX_EDGE))
        image_id = uuid.uuid4()
        path = self._path_for(listing_id, image_id)
        path.parent.mkdir(mode=0o750, parents=True, exist_ok=True)
        image.save(path, format="JPEG", quality=85, optimize=True)
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO listing_images (id, listing_id, position) "
                     "SELECT :id, :lid, coalesce(max(position), 0) + 1 "
                     "FROM listing_images WHERE listing_id = :lid"),
                {"id": str(image_id), "lid": listing_id},
            )
        return image_id

    def images(self, listing_id: int) -> List[uuid.UUID]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id FROM listing_images WHERE listing_id = :lid ORDER BY position"),
                {"lid": listing_id},
            ).scalars()
            return [uuid.UUID(str(r)) for r in rows]

    def read(self, listing_id: int, image_id: str) -> bytes:
        parsed = uuid.UUID(image_id)
        if parsed not in self.images(listing_id):
            raise KeyError(image_id)
        return self._path_for(listing_id, parsed).read_bytes()

    def delete(self, listing_id: int, image_id: str) -> None:
        parsed = uuid.UUID(image_id)
        with self.engine.begin() as conn:
            deleted = conn.execute(
                text("DELETE FROM listing_images WHERE id = :id AND listing_id = :lid"),
                {"id": str(parsed), "lid": listing_id},
            ).rowcount
        if deleted:
            os.remove(self._path_for(listing_id, parsed))
