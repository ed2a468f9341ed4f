"""Imports zipped certificate bundles sent each quarter by supplier farms."""
from __future__ import annotations

import hashlib
import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("suppliers.bundles")

INBOX = Path("/srv/suppliers/inbox")
CERT_STORE = Path("/srv/suppliers/certificates")
ACCEPTED_SUFFIXES = {".pdf", ".xml", ".jpg", ".png"}


@dataclass
class ImportedFile:
    farm_id: str
    name: str
    size: int
    sha256: str


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_bundle(bundle: Path, farm_id: str) -> list[ImportedFile]:
    target_root = CERT_STORE / farm_id
    target_root.mkdir(parents=True, exist_ok=True)
    imported: list[ImportedFile] = []
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if Path(info.filename).suffix.lower() not in ACCEPTED_SUFFIXES:
                log.info("skipping %s in %s", info.filename, bundle.name)
                continue
            destination = target_root / info.filename
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, destination.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            imported.append(
                ImportedFile(farm_id, info.filename, info.file_size, _digest(destination))
            )
    return imported


def process_inbox() -> dict[str, int]:
    counts: dict[str, int] = {}
    for bundle in sorted(INBOX.glob("*.zip")):
        farm_id = bundle.stem.split("_", 1)[0]
        try:
            files = unpack_bundle(bundle, farm_id)
        except zipfile.BadZipFile:
            log.error("corrupt bundle %s", bundle.name)
            continue
        counts[farm_id] = counts.get(farm_id, 0) + len(files)
        bundle.rename(bundle.with_suffix(".done"))
    return counts
