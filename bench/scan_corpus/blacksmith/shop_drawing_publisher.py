"""Publishes approved shop drawings to the workshop file share for the fabricators."""
from __future__ import annotations

import grp
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("forge.drawings.publish")


@dataclass(frozen=True)
class ShareLayout:
    root: Path
    group: str = "fabrication"

    def job_folder(self, job_ref: str) -> Path:
        return self.root / job_ref[:4] / job_ref


class DrawingPublisher:
    FILE_MODE = 0o640
    DIR_MODE = 0o750

    def __init__(self, layout: ShareLayout) -> None:
        self.layout = layout
        self._gid = grp.getgrnam(layout.group).gr_gid

    def _prepare_folder(self, job_ref: str) -> Path:
        folder = self.layout.job_folder(job_ref)
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, self.DIR_MODE)
        os.chown(folder, -1, self._gid)
        return folder

    def publish(self, job_ref: str, revision: str, pdf: Path) -> Path:
        folder = self._prepare_folder(job_ref)
        target = folder / f"{job_ref}_rev{revision}.pdf"
        shutil.copy2(pdf, target)
        os.chown(target, -1, self._gid)
        os.chmod(target, self.FILE_MODE)
        log.info("published %s revision %s to %s", job_ref, revision, target)
        return target

    def withdraw(self, job_ref: str, revision: str) -> bool:
        target = self.layout.job_folder(job_ref) / f"{job_ref}_rev{revision}.pdf"
        if not target.exists():
            return False
        superseded = target.with_suffix(".superseded.pdf")
        target.rename(superseded)
        return True
