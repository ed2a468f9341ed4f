"""Staging area for PSUR/PBRER appendices uploaded by authors before eCTD packaging."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, File, Form, UploadFile


@dataclass
class StagingSettings:
    base_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("PSUR_STAGING", "/srv/pv/psur-staging"))
    )
    chunk_size: int = 1 << 20


class StagingArea:
    def __init__(self, settings: StagingSettings) -> None:
        self.settings = settings

    def report_dir(self, report_id: str) -> Path:
        folder = self.settings.base_dir / report_id.replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def target_for(self, report_id: str, section: str, filename: str) -> Path:
        return self.report_dir(report_id) / section / filename

    async def store(self, report_id: str, section: str, upload: UploadFile) -> tuple[Path, str]:
        target = self.target_for(report_id, section, upload.filename or "appendix.pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with target.open("wb") as out:
            while chunk := await upload.read(self.settings.chunk_size):
                digest.update(chunk)
                out.write(chunk)
        return target, digest.hexdigest()


SECTIONS = {"appendix-1", "appendix-2", "appendix-3", "line-listings", "literature"}
staging = StagingArea(StagingSettings())
app = FastAPI(title="PSUR staging")


@app.post("/psur/{report_id}/upload")
async def upload_appendix(
    report_id: str,
    section: str = Form(...),
    file: UploadFile = File(...),
) -> dict[str, str]:
    if section not in SECTIONS:
        return {"error": "unknown section"}
    path, checksum = await staging.store(report_id, section, file)
    return {"stored": path.name, "sha256": checksum}
