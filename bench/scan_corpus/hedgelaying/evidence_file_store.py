"""Stores evidence files for stewardship grant claims.

Uploaded files are saved under a server-generated id; the original
filename is kept only as metadata in the database so it can be shown to
the office and used as the download name.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from werkzeug.datastructures import FileStorage

ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf"}


@dataclass
class EvidenceFile:
    id: str
    claim_id: int
    original_name: str
    content_type: str


class EvidenceFileStore:
    def __init__(self, engine: Engine, root: Path) -> None:
        self.engine = engine
        self.root = root

    def _blob_path(self, file_id: str) -> Path:
        return self.root / file_id[:2] / file_id

    def save(self, claim_id: int, upload: FileStorage) -> EvidenceFile:
        if upload.mimetype not in ALLOWED_TYPES:
            raise ValueError(f"unsupported evidence type {upload.mimetype}")
        file_id = uuid.uuid4().hex
        path = self._blob_path(file_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        upload.save(path)
        record = EvidenceFile(file_id, claim_id, upload.filename or "evidence", upload.mimetype)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO claim_evidence (id, claim_id, original_name, content_type) "
                    "VALUES (:id, :claim_id, :original_name, :content_type)"
                ),
                record.__dict__,
            )
        return record

    def delete(self, claim_id: int, file_id: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("DELETE FROM claim_evidence WHERE id = :id AND claim_id = :c RETURNING id"),
                {"id": file_id, "c": claim_id},
            ).one_or_none()
        if row is None:
            return False
        path = self._blob_path(row[0])
        if path.exists():
            os.remove(path)
        return True
