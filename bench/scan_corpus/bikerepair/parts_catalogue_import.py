"""Imports the supplier's zipped parts catalogue (CSV plus product images) into the stock app."""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import List


@dataclass
class CatalogueItem:
    sku: str
    description: str
    trade_price_pence: int
    image: str


class CatalogueArchive:
    allowed_suffixes = {".csv", ".jpg", ".jpeg", ".png"}
    max_member_bytes = 20 * 1024 * 1024

    def __init__(self, archive_path: Path, dest: Path) -> None:
        self.archive_path = archive_path
        self.dest = dest.resolve()

    def _target(self, info: zipfile.ZipInfo) -> Path | None:
        name = PurePosixPath(info.filename)
        if info.is_dir() or name.suffix.lower() not in self.allowed_suffixes:
            return None
        if info.file_size > self.max_member_bytes:
            raise ValueError(f"{info.filename} is too large")
        target = (self.dest / name).resolve()
        if not target.is_relative_to(self.dest):
            raise ValueError(f"{info.filename} escapes the import folder")
        return target

    def extract(self) -> List[Path]:
        written: List[Path] = []
        with zipfile.ZipFile(self.archive_path) as zf:
            for info in zf.infolist():
                target = self._target(info)
                if target is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, target.open("wb") as out:
                    out.write(src.read(self.max_member_bytes + 1))
                written.append(target)
        return written


def load_items(dest: Path) -> List[CatalogueItem]:
    items: List[CatalogueItem] = []
    for csv_path in dest.rglob("*.csv"):
        reader = csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")))
        for row in reader:
            items.append(
                CatalogueItem(row["SKU"], row["Description"], int(row["TradePence"]), row.get("Image", ""))
            )
    return items
