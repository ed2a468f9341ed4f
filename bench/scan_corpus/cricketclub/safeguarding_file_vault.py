"""Encrypted-at-rest vault for junior safeguarding attachments, keyed by record id."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class StoredAttachment:
    attachment_id: uuid.UUID
    record_id: int
    original_name: str
    content_type: str


class SafeguardingVault:
    def __init__(self, root: Path, engine: Engine, key: bytes) -> None:
        self._root = root
        self._engine = engine
        self._fernet = Fernet(key)

    def _blob_path(self, attachment_id: uuid.UUID) -> Path:
        return self._root / attachment_id.hex[:2] / f"{attachment_id.hex}.bin"

    def put(self, record_id: int, original_name: str, content_type: str, data: bytes) -> StoredAttachment:
        attachment_id = uuid.uuid4()
        path = self._blob_path(attachment_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self._fernet.encrypt(data))
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO safeguarding_attachments (id, record_id, original_name, content_type) "
                    "VALUES (:id, :record_id, :name, :ctype)"
                ),
                {"id": str(attachment_id), "record_id": record_id, "name": original_name, "ctype": content_type},
            )
        return StoredAttachment(attachment_id, record_id, original_name, content_type)

    def get(self, record_id: int, attachment_id: str) -> tuple[StoredAttachment, bytes]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, original_name, content_type FROM safeguarding_attachments "
                    "WHERE id = :id AND record_id = :record_id"
                ),
                {"id": attachment_id, "record_id": record_id},
            ).first()
        if row is None:
            raise FileNotFoundError(attachment_id)
        stored = StoredAttachment(uuid.UUID(str(row[0])), record_id, row[1], row[2])
        data = self._fernet.decrypt(self._blob_path(stored.attachment_id).read_bytes())
        return stored, data

    def delete(self, record_id: int, attachment_id: str) -> None:
        stored, _ = self.get(record_id, attachment_id)
        self._blob_path(stored.attachment_id).unlink(missing_ok=True)
        with self._engine.begin() as conn:
            conn.execute(
                text("DELETE FROM safeguarding_attachments WHERE id = :id"),
                {"id": str(stored.attachment_id)},
            )
        log.info("Removed safeguarding attachment %s from record %s", stored.attachment_id, record_id)
