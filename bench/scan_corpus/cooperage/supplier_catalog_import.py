"""Imports stave and heading catalogues that forest suppliers upload as tarballs."""

from __future__ import annotations

import csv
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List


@dataclass
class CatalogueItem:
    sku: str
    forest: str
    grain: str
    length_mm: int
    price_eur: float


class CatalogueUnpacker:
    """Unpacks one supplier upload into a private working folder."""

    member_filter = staticmethod(tarfile.data_filter)
    accepted = (".csv", ".txt")

    def __init__(self, work_root: Path) -> None:
        self.work_root = work_root

    def _members(self, archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
        for member in archive.getmembers():
            if member.isfile() and member.name.endswith(self.accepted):
                yield member

    def unpack(self, upload: Path, supplier_code: str) -> Path:
        dest = self.work_root / supplier_code
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(upload, "r:*") as archive:
            archive.extractall(dest, members=self._members(archive), filter=self.member_filter)
        return dest


class CatalogueImporter:
    def __init__(self, unpacker: CatalogueUnpacker) -> None:
        self.unpacker = unpacker

    def items(self, upload: Path, supplier_code: str) -> List[CatalogueItem]:
        folder = self.unpacker.unpack(upload, supplier_code)
        items: List[CatalogueItem] = []
        for sheet in sorted(folder.rglob("*.csv")):
            with sheet.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    items.append(
                        CatalogueItem(
                            sku=row["sku"],
                            forest=row.get("forest", ""),
                            grain=row.get("grain", "fine"),
                            length_mm=int(row["length_mm"]),
                            price_eur=float(row["price_eur"]),
                        )
                    )
        return items
