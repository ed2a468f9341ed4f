"""Bulk import of scanned scoresheets after a club shoot.

The records officer uploads a ZIP of scanned scoresheets (one PDF or JPEG
per archer, named by membership number). The archive is unpacked into the
season's scoresheet store and each file is linked to the archer's record.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 400 * 1024 * 1024


@dataclass
class ImportedSheet:
    membership_no: str
    stored_path: Path


class ScoresheetImporter:
    def __init__(self, store_root: Path, season: int) -> None:
        self.season_dir = store_root / str(season)
        self.season_dir.mkdir(parents=True, exist_ok=True)

    def _check_archive(self, zf: zipfile.ZipFile) -> List[zipfile.ZipInfo]:
        members = [i for i in zf.infolist() if not i.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"Archive holds more than {MAX_MEMBERS} files")
        if sum(i.file_size for i in members) > MAX_TOTAL_BYTES:
            raise ValueError("Archive is too large once unpacked")
        return [i for i in members if Path(i.filename).suffix.lower() in ACCEPTED_SUFFIXES]

    def extract(self, archive_path: Path, shoot_id: int) -> List[ImportedSheet]:
        dest_dir = self.season_dir / f"shoot-{shoot_id}"
        dest_dir.mkdir(exist_ok=True)
        imported: List[ImportedSheet] = []
        with zipfile.ZipFile(archive_path) as zf:
            for info in self._check_archive(zf):
                target = os.path.join(dest_dir, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                membership_no = Path(info.filename).stem.split("_")[0]
                imported.append(ImportedSheet(membership_no, Path(target)))
        log.info("Imported %d scoresheets for shoot %d", len(imported), shoot_id)
        return imported


def link_sheets(conn, shoot_id: int, sheets: List[ImportedSheet]) -> int:
    linked = 0
    with conn:
        for sheet in sheets:
            cur = conn.execute(
                "UPDATE shoot_entries SET scoresheet_path = ? "
                "WHERE shoot_id = ? AND membership_no = ?",
                (str(sheet.stored_path), shoot_id, sheet.membership_no),
            )
            linked += cur.rowcount
    return linked
