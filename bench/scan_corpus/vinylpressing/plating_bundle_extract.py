"""Extracts plating documentation bundles received from the galvanic shop.

The bundle holds stamper inspection photos and measurement sheets per
side; it is unpacked next to the job's plating record.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger("plating.bundles")

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".pdf", ".csv", ".txt")
MAX_TOTAL_BYTES = 2 * 1024 ** 3


@dataclass
class ExtractReport:
    job_id: int
    extracted: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


class PlatingBundleExtractor:
    def __init__(self, root: str) -> None:
        self._root = os.path.realpath(root)

    def _dest(self, job_id: int) -> str:
        path = os.path.join(self._root, f"plating-{int(job_id):06d}")
        os.makedirs(path, mode=0o750, exist_ok=True)
        return path

    @staticmethod
    def _safe_target(dest: str, member: str) -> str | None:
        target = os.path.realpath(os.path.join(dest, member))
        if os.path.commonpath([dest, target]) != dest:
            return None
        return target

    def extract(self, job_id: int, bundle_path: str) -> ExtractReport:
        report = ExtractReport(job_id=job_id)
        dest = self._dest(job_id)
        with zipfile.ZipFile(bundle_path) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_TOTAL_BYTES:
                raise ValueError("bundle too large")
            for info in zf.infolist():
                if info.is_dir():
                    continue
                target = self._safe_target(dest, info.filename)
                if target is None or not info.filename.lower().endswith(ALLOWED_SUFFIXES):
                    report.rejected.append(info.filename)
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                report.extracted.append(os.path.relpath(target, dest))
        if report.rejected:
            log.warning("job %s: rejected %d bundle members", job_id, len(report.rejected))
        return report
