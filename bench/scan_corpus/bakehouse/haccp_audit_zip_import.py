"""Imports HACCP audit evidence packs uploaded by the external food safety auditor.

The auditor uploads a zip of photos, temperature logs and the signed report;
members are unpacked into the audit folder for that visit.
"""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

AUDIT_ROOT = Path("/srv/qa/haccp-audits")
MAX_MEMBER_BYTES = 50 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".csv"}


class EvidencePack:
    def __init__(self, visit_id: str, upload: Path) -> None:
        self.visit_id = visit_id
        self.upload = upload
        self.target = (AUDIT_ROOT / visit_id).resolve()

    def _member_destination(self, info: zipfile.ZipInfo) -> Path | None:
        if info.is_dir():
            return None
        dest = (self.target / info.filename).resolve()
        if not dest.is_relative_to(self.target):
            raise ValueError(f"member escapes audit folder: {info.filename}")
        if dest.suffix.lower() not in ALLOWED_SUFFIXES:
            return None
        if info.file_size > MAX_MEMBER_BYTES:
            raise ValueError(f"member too large: {info.filename}")
        return dest

    def extract(self) -> list[Path]:
        written: list[Path] = []
        self.target.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(self.upload) as zf:
            for info in zf.infolist():
                dest = self._member_destination(info)
                if dest is None:
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, dest.open("wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(dest)
        return written


def import_evidence(visit_id: str, upload_path: str) -> dict:
    files = EvidencePack(visit_id, Path(upload_path)).extract()
    return {"visit": visit_id, "files": [str(f.relative_to(AUDIT_ROOT)) for f in files]}
