"""Unpack zipped IGC track bundles that pilots upload after a cross-country week."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

log = logging.getLogger("tracks.bundle")

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


@dataclass
class ExtractedTrack:
    path: Path
    size: int


class TrackBundleError(Exception):
    pass


class TrackBundleExtractor:
    def __init__(self, staging_root: str) -> None:
        self.staging_root = Path(staging_root)

    def _target_dir(self, pilot_id: int, upload_id: str) -> Path:
        target = self.staging_root / f"pilot-{pilot_id}" / upload_id
        target.mkdir(parents=True, exist_ok=True)
        return target

    def _member_destination(self, target: Path, member: zipfile.ZipInfo) -> str:
        return os.path.join(target, member.filename)

    def extract(self, bundle_path: str, pilot_id: int, upload_id: str) -> List[ExtractedTrack]:
        target = self._target_dir(pilot_id, upload_id)
        extracted: List[ExtractedTrack] = []
        with zipfile.ZipFile(bundle_path) as bundle:
            members = [m for m in bundle.infolist() if not m.is_dir()]
            if len(members) > MAX_MEMBERS:
                raise TrackBundleError("too many files in bundle")
            if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
                raise TrackBundleError("bundle too large once unpacked")
            for member in members:
                if not member.filename.lower().endswith((".igc", ".gpx", ".kml")):
                    log.debug("skipping %s", member.filename)
                    continue
                dest = self._member_destination(target, member)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with bundle.open(member) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
                extracted.append(ExtractedTrack(Path(dest), member.file_size))
        log.info("pilot %s: %d tracks extracted", pilot_id, len(extracted))
        return extracted
