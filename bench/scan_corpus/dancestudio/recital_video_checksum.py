"""Fingerprints recital video uploads so duplicate submissions are not stored twice."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Dict, Optional

from sqlalchemy import Column, DateTime, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class StoredVideo(Base):
    __tablename__ = "stored_videos"

    digest = Column(String(64), primary_key=True)
    storage_key = Column(String(512), nullable=False)
    recital_id = Column(String(64), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


@dataclass(frozen=True)
class FingerprintSettings:
    algorithm: str = "sha256"
    chunk_size: int = 4 * 1024 * 1024


class VideoFingerprinter:
    settings = FingerprintSettings()

    @classmethod
    def of_stream(cls, stream: BinaryIO) -> str:
        digest = hashlib.new(cls.settings.algorithm)
        for block in iter(lambda: stream.read(cls.settings.chunk_size), b""):
            digest.update(block)
        return digest.hexdigest()

    @classmethod
    def of_path(cls, path: Path) -> str:
        with path.open("rb") as fh:
            return cls.of_stream(fh)


class UploadDeduplicator:
    def __init__(self, session: Session) -> None:
        self._session = session

    def existing(self, digest: str) -> Optional[StoredVideo]:
        return self._session.scalars(select(StoredVideo).where(StoredVideo.digest == digest)).first()

    def register(self, path: Path, storage_key: str, recital_id: str) -> Dict[str, str]:
        digest = VideoFingerprinter.of_path(path)
        found = self.existing(digest)
        if found is not None:
            return {"status": "duplicate", "storage_key": found.storage_key}
        self._session.add(StoredVideo(digest=digest, storage_key=storage_key, recital_id=recital_id))
        self._session.commit()
        return {"status": "stored", "storage_key": storage_key}
