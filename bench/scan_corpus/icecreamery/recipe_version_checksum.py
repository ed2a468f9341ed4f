"""Tracks versions of flavour recipe sheets exported from the dairy kitchen."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RecipeSheet:
    code: str
    path: Path


@dataclass(frozen=True)
class SheetVersion:
    code: str
    digest: str
    size: int


class ChecksumIndex:
    digest_name = "sha256"
    read_size = 1 << 16

    def __init__(self, index_file: Path) -> None:
        self.index_file = index_file
        self._known: dict[str, str] = (
            json.loads(index_file.read_text()) if index_file.exists() else {}
        )

    def fingerprint(self, sheet: RecipeSheet) -> SheetVersion:
        h = hashlib.new(self.digest_name)
        size = 0
        with sheet.path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.read_size), b""):
                h.update(chunk)
                size += len(chunk)
        return SheetVersion(sheet.code, h.hexdigest(), size)

    def changed(self, sheets: list[RecipeSheet]) -> list[SheetVersion]:
        out = []
        for sheet in sheets:
            version = self.fingerprint(sheet)
            if self._known.get(sheet.code) != version.digest:
                out.append(version)
                self._known[sheet.code] = version.digest
        return out

    def save(self) -> None:
        self.index_file.write_text(json.dumps(self._known, indent=2, sort_keys=True))


def scan_kitchen(folder: Path, index_file: Path) -> list[SheetVersion]:
    index = ChecksumIndex(index_file)
    sheets = [RecipeSheet(p.stem, p) for p in sorted(folder.glob("*.pdf"))]
    changed = index.changed(sheets)
    index.save()
    return changed
