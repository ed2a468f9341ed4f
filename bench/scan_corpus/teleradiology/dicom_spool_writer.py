"""Spools incoming DICOM instances to disk before forwarding.

The C-STORE handler hands each received dataset to :class:`SpoolWriter`.
Files are laid out by the router's own study key and a generated file name;
nothing from the sending modality is used to build a path.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from pydicom import Dataset

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpooledInstance:
    study_key: int
    sop_instance_uid: str
    path: Path


class SpoolWriter:
    def __init__(self, spool_root: Path, index_db: str) -> None:
        self._root = spool_root
        self._index = sqlite3.connect(index_db, check_same_thread=False)
        self._index.execute(
            "CREATE TABLE IF NOT EXISTS spool_studies ("
            "study_key INTEGER PRIMARY KEY AUTOINCREMENT, study_uid TEXT UNIQUE NOT NULL, calling_ae TEXT)"
        )

    def _study_key(self, study_uid: str, calling_ae: str) -> int:
        with self._index:
            self._index.execute(
                "INSERT OR IGNORE INTO spool_studies (study_uid, calling_ae) VALUES (?, ?)",
                (study_uid, calling_ae),
            )
            row = self._index.execute(
                "SELECT study_key FROM spool_studies WHERE study_uid = ?", (study_uid,)
            ).fetchone()
        return int(row[0])

    def write(self, ds: Dataset, calling_ae: str) -> SpooledInstance:
        study_key = self._study_key(str(ds.StudyInstanceUID), calling_ae)
        folder = self._root / f"{study_key:010d}"
        folder.mkdir(mode=0o750, parents=True, exist_ok=True)
        target = folder / f"{uuid.uuid4().hex}.dcm"
        tmp = target.with_suffix(".part")
        ds.save_as(tmp, write_like_original=False)
        os.replace(tmp, target)
        log.debug("spooled %s from %s as %s", ds.SOPInstanceUID, calling_ae, target.name)
        return SpooledInstance(study_key, str(ds.SOPInstanceUID), target)

    def study_files(self, study_uid: str) -> list[Path]:
        row = self._index.execute(
            "SELECT study_key FROM spool_studies WHERE study_uid = ?", (study_uid,)
        ).fetchone()
        if row is None:
            return []
        return sorted((self._root / f"{int(row[0]):010d}").glob("*.dcm"))
