"""Archives dispute evidence under server-generated names once a dispute is closed."""
from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}


@dataclass(frozen=True)
class ArchiveSettings:
    incoming_root: Path
    archive_root: Path

    @classmethod
    def from_env(cls) -> "ArchiveSettings":
        return cls(Path(os.environ["EVIDENCE_INCOMING_ROOT"]), Path(os.environ["EVIDENCE_ARCHIVE_ROOT"]))


class EvidenceArchiver:
    def __init__(self, engine: Engine, settings: ArchiveSettings) -> None:
        self._engine = engine
        self._settings = settings

    def store_upload(self, dispute_id: int, content_type: str, data: bytes) -> str:
        suffix = ALLOWED_TYPES.get(content_type)
        if suffix is None:
            raise ValueError("unsupported evidence type")
        stored_name = f"{uuid.uuid4().hex}{suffix}"
        target = self._settings.incoming_root / str(int(dispute_id)) / stored_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO evidence (dispute_id, stored_name, content_type) VALUES (:d, :n, :t)"),
                {"d": dispute_id, "n": stored_name, "t": content_type},
            )
        return stored_name

    def archive_dispute(self, dispute_id: int) -> int:
        with self._engine.connect() as conn:
            names = conn.execute(
                text("SELECT stored_name FROM evidence WHERE dispute_id = :d AND archived_at IS NULL"),
                {"d": dispute_id},
            ).scalars().all()
        destination = self._settings.archive_root / f"{dispute_id:010d}"
        destination.mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.move(self._settings.incoming_root / str(dispute_id) / name, destination / name)
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE evidence SET archived_at = now() WHERE dispute_id = :d AND archived_at IS NULL"),
                {"d": dispute_id},
            )
        log.info("archived %d evidence files for dispute %s", len(names), dispute_id)
        return len(names)
