"""Unpack the ZIP bundles that station gateways upload once a day.

A bundle holds the day's logger tables and the gateway's health report. Every
member path is resolved and checked to stay inside the destination folder.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("glacierlab.bundles")

MAX_MEMBERS = 2000
MAX_TOTAL_BYTES = 2 * 1024**3


@dataclass
class ExtractedBundle:
    station_id: str
    files: list[Path]


class BundleExtractor:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _safe_target(self, dest: Path, member_name: str) -> Path:
        target = (dest / member_name).resolve()
        if not target.is_relative_to(dest):
            raise ValueError(f"member escapes the bundle folder: {member_name!r}")
        return target

    def extract(self, bundle: Path, station_id: str) -> ExtractedBundle:
        if not station_id.replace("-", "").isalnum():
            raise ValueError("invalid station id")
        dest = (self.root / station_id / bundle.stem).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        files: list[Path] = []
        with zipfile.ZipFile(bundle) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
                raise ValueError("bundle too large")
            for member in members:
                target = self._safe_target(dest, member.filename)
                if member.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)
                files.append(target)
        log.info("station %s: extracted %d files from %s", station_id, len(files), bundle.name)
        return ExtractedBundle(station_id, files)
