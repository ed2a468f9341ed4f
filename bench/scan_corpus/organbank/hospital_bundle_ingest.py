"""Ingests zipped document bundles that hospitals send with a donor referral."""
from __future__ import annotations

import hashlib
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = {".pdf", ".xml", ".json", ".dcm"}
MAX_MEMBER_BYTES = 200 * 1024 * 1024


@dataclass
class IngestedFile:
    relative_name: str
    size: int
    sha256: str


class ReferralBundleIngestor:
    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        return (
            not info.is_dir()
            and Path(info.filename).suffix.lower() in ACCEPTED_SUFFIXES
            and info.file_size <= MAX_MEMBER_BYTES
        )

    def ingest(self, referral_id: str, bundle: BinaryIO) -> list[IngestedFile]:
        destination = self.staging_root / referral_id
        destination.mkdir(parents=True, exist_ok=True)
        results: list[IngestedFile] = []
        with zipfile.ZipFile(bundle) as zf:
            for info in filter(self._wanted, zf.infolist()):
                target = destination / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                data = zf.read(info)
                target.write_bytes(data)
                results.append(
                    IngestedFile(info.filename, len(data), hashlib.sha256(data).hexdigest())
                )
        log.info("referral %s: staged %d documents", referral_id, len(results))
        return results
