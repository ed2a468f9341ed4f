"""Fingerprints for uploaded care plan documents.

Coordinators often upload the same signed care plan twice (once from the
scanner, once from email). Each upload is fingerprinted so duplicates are
linked to the existing document instead of stored again, and so the
document viewer can show whether a PDF changed since it was signed off.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from hashlib import sha256 as _sha256
from pathlib import Path
from typing import BinaryIO, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


def file_digest(stream: BinaryIO) -> str:
    hasher = _sha256()
    for block in iter(lambda: stream.read(CHUNK), b""):
        hasher.update(block)
    return hasher.hexdigest()


@dataclass
class StoredDocument:
    document_id: int
    client_id: int
    path: Path
    sha256: str


class CarePlanDeduplicator:
    def __init__(self, engine: Engine):
        self.engine = engine

    def find_existing(self, client_id: int, digest: str) -> Optional[StoredDocument]:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, client_id, storage_path, sha256 FROM care_plan_documents "
                    "WHERE client_id = :client_id AND sha256 = :digest"
                ),
                {"client_id": client_id, "digest": digest},
            ).fetchone()
        if row is None:
            return None
        return StoredDocument(row[0], row[1], Path(row[2]), row[3])

    def register(self, client_id: int, path: Path) -> StoredDocument:
        with path.open("rb") as fh:
            digest = file_digest(fh)
        existing = self.find_existing(client_id, digest)
        if existing is not None:
            log.info("upload for client %s duplicates document %s", client_id, existing.document_id)
            return existing
        with self.engine.begin() as conn:
            new_id = conn.execute(
                text(
                    "INSERT INTO care_plan_documents (client_id, storage_path, sha256) "
                    "VALUES (:client_id, :path, :digest) RETURNING id"
                ),
                {"client_id": client_id, "path": str(path), "digest": digest},
            ).scalar_one()
        return StoredDocument(new_id, client_id, path, digest)

    def changed_since_signoff(self, document: StoredDocument) -> bool:
        with document.path.open("rb") as fh:
            return file_digest(fh) != document.sha256
