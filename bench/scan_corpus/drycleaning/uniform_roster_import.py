"""Unpacks staff roster bundles uploaded by corporate uniform contract clients."""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass


@dataclass
class RosterBundle:
    contract_id: int
    roster_rows: list[dict]
    badge_photos: list[str]


class RosterImporter:
    """Bundles hold roster.csv plus a folder of badge photos named by employee number."""

    roster_name = "roster.csv"
    photo_suffixes = (".jpg", ".jpeg", ".png")

    def __init__(self, media_root: str) -> None:
        self.media_root = media_root

    def _contract_dir(self, contract_id: int) -> str:
        path = os.path.join(self.media_root, "contracts", str(contract_id), "badges")
        os.makedirs(path, exist_ok=True)
        return path

    def _write_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest_dir: str) -> str:
        target = os.path.join(dest_dir, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            dst.write(src.read())
        return target

    def load(self, contract_id: int, upload: bytes) -> RosterBundle:
        dest_dir = self._contract_dir(contract_id)
        rows: list[dict] = []
        photos: list[str] = []
        with zipfile.ZipFile(io.BytesIO(upload)) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if os.path.basename(info.filename) == self.roster_name:
                    text = archive.read(info).decode("utf-8-sig")
                    rows = list(csv.DictReader(io.StringIO(text)))
                elif info.filename.lower().endswith(self.photo_suffixes):
                    photos.append(self._write_member(archive, info, dest_dir))
        return RosterBundle(contract_id=contract_id, roster_rows=rows, badge_photos=photos)
