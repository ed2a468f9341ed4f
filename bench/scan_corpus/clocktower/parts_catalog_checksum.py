"""Detects changes in suppliers' parts catalogue files before re-importing.

Suppliers drop CSV catalogues into the import bucket.  Importing a large
catalogue is slow, so each file is fingerprinted and only re-imported when
its content has changed since the last run.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("clocktower.parts.catalogue")

CHUNK = 1 << 20


@dataclass
class CatalogueFile:
    supplier: str
    path: Path
    fingerprint: str


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class CatalogueIndex:
    """Remembers the fingerprint of the last imported file per supplier."""

    def __init__(self, index_path: Path):
        self.index_path = index_path
        self._seen: dict[str, str] = {}
        if index_path.exists():
            self._seen = json.loads(index_path.read_text())

    def changed(self, item: CatalogueFile) -> bool:
        return self._seen.get(item.supplier) != item.fingerprint

    def mark(self, item: CatalogueFile) -> None:
        self._seen[item.supplier] = item.fingerprint
        self.index_path.write_text(json.dumps(self._seen, indent=2, sort_keys=True))


def pending_imports(drop_dir: Path, index: CatalogueIndex) -> list[CatalogueFile]:
    pending = []
    for path in sorted(drop_dir.glob("*/catalogue.csv")):
        item = CatalogueFile(supplier=path.parent.name, path=path, fingerprint=fingerprint(path))
        if index.changed(item):
            pending.append(item)
        else:
            log.debug("catalogue for %s unchanged", item.supplier)
    return pending


def run_import(drop_dir: Path, index: CatalogueIndex, importer) -> int:
    count = 0
    for item in pending_imports(drop_dir, index):
        importer.load(item.supplier, item.path)
        index.mark(item)
        count += 1
        log.info("imported catalogue for %s (%s)", item.supplier, item.fingerprint[:12])
    return count
