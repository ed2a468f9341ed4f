"""Detect duplicate roof-survey photos before they are synced from the tablets.

Surveyors often re-shoot the same ridge or gable; the tablet app also retries
uploads after losing signal. We key each photo on a SHA-256 of its bytes and
skip ones already stored for the same survey.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from hashlib import sha256 as _h
from pathlib import Path

log = logging.getLogger("survey.sync")
CHUNK = 1 << 20


def content_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class PhotoIndex:
    def __init__(self, db_path: Path, store_dir: Path) -> None:
        self.store_dir = store_dir
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS photos (survey_id INTEGER, digest TEXT, "
            "stored_as TEXT, PRIMARY KEY (survey_id, digest))"
        )

    def known(self, survey_id: int, digest: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM photos WHERE survey_id = ? AND digest = ?", (survey_id, digest)
        ).fetchone() is not None

    def ingest(self, survey_id: int, incoming: Path) -> Path | None:
        digest = content_digest(incoming)
        if self.known(survey_id, digest):
            log.info("skipping duplicate photo %s for survey %d", incoming.name, survey_id)
            return None
        target_dir = self.store_dir / str(survey_id)
        target_dir.mkdir(exist_ok=True)
        target = target_dir / f"{digest}{incoming.suffix.lower()}"
        shutil.copy2(incoming, target)
        self.conn.execute(
            "INSERT INTO photos (survey_id, digest, stored_as) VALUES (?, ?, ?)",
            (survey_id, digest, target.name),
        )
        self.conn.commit()
        return target

    def ingest_folder(self, survey_id: int, folder: Path) -> int:
        added = 0
        for photo in sorted(folder.glob("*")):
            if photo.suffix.lower() in {".jpg", ".jpeg", ".png", ".heic"}:
                added += self.ingest(survey_id, photo) is not None
        return added
