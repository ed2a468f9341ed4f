"""Computes content digests for audiometer exports so duplicates are not re-imported."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class DigestSettings:
    algorithm = "sha256"
    chunk_size = 1 << 16


class ImportedExport(Base):
    __tablename__ = "imported_audiometer_exports"

    id = Column(Integer, primary_key=True)
    digest = Column(String(64), unique=True, nullable=False)
    source_name = Column(String(255), nullable=False)
    imported_at = Column(DateTime, server_default=func.now())


@dataclass
class FileDigester:
    settings: type[DigestSettings] = DigestSettings

    def digest(self, path: Path) -> str:
        h = hashlib.new(self.settings.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.settings.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()


class ExportDeduplicator:
    def __init__(self, session: Session, digester: FileDigester | None = None) -> None:
        self.session = session
        self.digester = digester or FileDigester()

    def new_files(self, paths: Iterable[Path]) -> list[Path]:
        fresh: list[Path] = []
        for path in paths:
            digest = self.digester.digest(path)
            seen = self.session.scalar(
                select(ImportedExport.id).where(ImportedExport.digest == digest)
            )
            if seen is None:
                self.session.add(ImportedExport(digest=digest, source_name=path.name))
                fresh.append(path)
        self.session.commit()
        return fresh
