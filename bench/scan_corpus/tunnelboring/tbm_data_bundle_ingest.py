"""Ingest zipped data bundles exported by the TBM manufacturer's service engineers.

Bundles contain guidance system logs, PLC alarm histories and cutter wear
measurements; engineers upload them via the portal after each intervention.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

log = logging.getLogger(__name__)


@dataclass
class BundleIngestConfig:
    landing_root: str = "/srv/tbm/bundles"
    max_members: int = 5000
    max_total_bytes: int = 2 * 1024**3


@dataclass
class IngestResult:
    bundle_dir: str
    files: list[str] = field(default_factory=list)


class BundleIngestor:
    def __init__(self, config: BundleIngestConfig = BundleIngestConfig()) -> None:
        self.config = config

    def _bundle_dir(self, machine_id: str) -> str:
        stamp = datetime.utcnow().strftime("%Y%m%dT%H%M%S")
        path = os.path.join(self.config.landing_root, machine_id, stamp)
        os.makedirs(path, exist_ok=True)
        return path

    def _check_limits(self, zf: zipfile.ZipFile) -> None:
        infos = zf.infolist()
        if len(infos) > self.config.max_members:
            raise ValueError("bundle has too many members")
        if sum(i.file_size for i in infos) > self.config.max_total_bytes:
            raise ValueError("bundle expands beyond the size limit")

    def ingest(self, machine_id: str, archive_path: str) -> IngestResult:
        result = IngestResult(self._bundle_dir(machine_id))
        with zipfile.ZipFile(archive_path) as zf:
            self._check_limits(zf)
            for info in zf.infolist():
                if info.is_dir():
                    continue
                target = os.path.join(result.bundle_dir, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                result.files.append(info.filename)
        log.info("ingested %d files for %s", len(result.files), machine_id)
        return result
