"""Reads packing manifests and condition photos returned by the crating workshop as tarballs."""
from __future__ import annotations

import csv
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ManifestLine:
    crate_id: str
    lot_number: str
    packed_by: str
    condition_note: str


class WorkshopArchiveSettings:
    manifest_name = "manifest.csv"
    extract_filter = "data"
    max_members = 500


class CrateArchiveReader:
    def __init__(self, settings: type[WorkshopArchiveSettings] = WorkshopArchiveSettings) -> None:
        self.settings = settings

    def _manifest(self, folder: Path) -> list[ManifestLine]:
        with (folder / self.settings.manifest_name).open(newline="", encoding="utf-8") as handle:
            return [
                ManifestLine(r["crate"], r["lot"], r["packer"], r.get("condition", ""))
                for r in csv.DictReader(handle)
            ]

    def read(self, archive_path: Path, keep_photos_in: Path) -> list[ManifestLine]:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = archive.getmembers()
            if len(members) > self.settings.max_members:
                raise ValueError("workshop archive has too many members")
            with tempfile.TemporaryDirectory(prefix="crate-archive-") as scratch:
                workdir = Path(scratch)
                archive.extractall(workdir, members=members, filter=self.settings.extract_filter)
                lines = self._manifest(workdir)
                keep_photos_in.mkdir(parents=True, exist_ok=True)
                for photo in workdir.rglob("*.jpg"):
                    photo.replace(keep_photos_in / photo.name)
        return lines
