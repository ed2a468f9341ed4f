"""Imports incident archives exported by neighbouring beach patrols."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path
from typing import List, Optional

ALLOWED_SUFFIXES = {".json", ".jpg", ".jpeg", ".png"}


class ArchiveImporter:
    """Mutual-aid patrols send a tarball per incident: report.json plus photos."""

    def __init__(self, inbox: Path) -> None:
        self.inbox = inbox

    @staticmethod
    def member_filter(member: tarfile.TarInfo, dest_path: str) -> Optional[tarfile.TarInfo]:
        member = tarfile.data_filter(member, dest_path)
        if member.isfile() and Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
            return None
        return member

    def unpack(self, archive: Path, incident_ref: str) -> Path:
        dest = self.inbox / incident_ref
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:*") as tar:
            tar.extractall(dest, filter=self.member_filter)
        return dest

    def load_report(self, dest: Path) -> dict:
        report_path = dest / "report.json"
        if not report_path.is_file():
            raise ValueError(f"archive {dest.name} has no report.json")
        return json.loads(report_path.read_text(encoding="utf-8"))

    def photos(self, dest: Path) -> List[Path]:
        return sorted(p for p in dest.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})

    def import_archive(self, archive: Path, incident_ref: str) -> dict:
        dest = self.unpack(archive, incident_ref)
        report = self.load_report(dest)
        report["photo_count"] = len(self.photos(dest))
        return report
