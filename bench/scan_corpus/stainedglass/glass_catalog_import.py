"""Imports the manufacturers' seasonal catalogue packs (tar.gz of swatch images).

Each pack holds a CSV of sheet SKUs and a folder of swatch photographs.
"""
from __future__ import annotations

import csv
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

CATALOG_ROOT = Path("/srv/studio/catalogues")


@dataclass
class CatalogueSheet:
    sku: str
    name: str
    colour_family: str
    thickness_mm: float


class CataloguePack:
    allowed_suffixes = (".csv", ".jpg", ".png", ".webp")

    def __init__(self, archive_path: Path, maker: str) -> None:
        self.archive_path = archive_path
        self.destination = CATALOG_ROOT / maker

    def _members(self, tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
        return [m for m in tar.getmembers() if m.isfile() and m.name.lower().endswith(self.allowed_suffixes)]

    def extract(self) -> list[str]:
        self.destination.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive_path, "r:gz") as tar:
            members = self._members(tar)
            tar.extractall(self.destination, members=members, filter="data")
        return [m.name for m in members]

    def sheets(self) -> list[CatalogueSheet]:
        index = next(self.destination.rglob("sheets.csv"), None)
        if index is None:
            return []
        reader = csv.DictReader(io.StringIO(index.read_text(encoding="utf-8")))
        return [
            CatalogueSheet(r["sku"], r["name"], r["colour_family"], float(r["thickness_mm"]))
            for r in reader
        ]


def import_pack(path: Path, maker: str) -> int:
    pack = CataloguePack(path, maker)
    pack.extract()
    return len(pack.sheets())


if __name__ == "__main__":
    import sys

    print(import_pack(Path(sys.argv[1]), sys.argv[2]))
