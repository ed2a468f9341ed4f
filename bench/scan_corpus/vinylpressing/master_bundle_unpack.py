"""Unpacks master bundles uploaded by mastering studios.

A bundle is a zip with one WAV/DDP per side plus a cue sheet; the files
are unpacked into the job's working directory for the cutting room.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger("cutting.bundles")

ALLOWED_SUFFIXES = (".wav", ".aif", ".aiff", ".ddp", ".cue", ".pdf", ".txt")
MAX_BUNDLE_BYTES = 8 * 1024 ** 3


@dataclass
class UnpackResult:
    job_id: int
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class BundleUnpacker:
    def __init__(self, work_root: str) -> None:
        self._work_root = work_root

    def job_dir(self, job_id: int) -> str:
        path = os.path.join(self._work_root, f"job-{int(job_id):06d}")
        os.makedirs(path, mode=0o750, exist_ok=True)
        return path

    def unpack(self, job_id: int, bundle_path: str) -> UnpackResult:
        result = UnpackResult(job_id=job_id)
        dest = self.job_dir(job_id)
        with zipfile.ZipFile(bundle_path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            if total > MAX_BUNDLE_BYTES:
                raise ValueError("bundle too large once extracted")
            for info in zf.infolist():
                if info.is_dir():
                    continue
                if not info.filename.lower().endswith(ALLOWED_SUFFIXES):
                    result.skipped.append(info.filename)
                    continue
                target = os.path.join(dest, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, length=1024 * 1024)
                result.files.append(info.filename)
        log.info(
            "job %s: unpacked %d files, skipped %d",
            job_id, len(result.files), len(result.skipped),
        )
        return result

    def clear(self, job_id: int) -> None:
        shutil.rmtree(self.job_dir(job_id), ignore_errors=True)
