"""Deduplicate photos that students upload to the end-of-term class gallery.

Students often upload the same bowl shot several times from their phones; the
gallery keeps one copy per identical file, keyed by its content digest.
"""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
CHUNK = 1 << 20


class GalleryImage(Base):
    __tablename__ = "gallery_images"
    id = Column(Integer, primary_key=True)
    digest = Column(String(64), unique=True, nullable=False)
    stored_name = Column(String(80), nullable=False)
    uploader_id = Column(Integer, nullable=False)
    term = Column(String(16), nullable=False)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class DedupeResult:
    stored: int = 0
    duplicates: int = 0


class GalleryDeduper:
    def __init__(self, db_url: str, store_dir: Path) -> None:
        self.engine = create_engine(db_url)
        Base.metadata.create_all(self.engine)
        self.store_dir = store_dir
        self.store_dir.mkdir(parents=True, exist_ok=True)

    def add_uploads(self, uploads: list[Path], uploader_id: int, term: str) -> DedupeResult:
        result = DedupeResult()
        with Session(self.engine) as session:
            for upload in uploads:
                digest = file_digest(upload)
                existing = session.scalars(
                    select(GalleryImage).where(GalleryImage.digest == digest)
                ).first()
                if existing is not None:
                    result.duplicates += 1
                    upload.unlink(missing_ok=True)
                    continue
                stored_name = f"{digest[:32]}{upload.suffix.lower()}"
                shutil.move(str(upload), self.store_dir / stored_name)
                session.add(
                    GalleryImage(
                        digest=digest, stored_name=stored_name, uploader_id=uploader_id, term=term
                    )
                )
                result.stored += 1
            session.commit()
        return result
