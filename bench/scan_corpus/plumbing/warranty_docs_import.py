"""Import warranty registration packs that manufacturers send as tar archives."""

import logging
import tarfile
import tempfile
from pathlib import Path

from warranty.repo import attach_documents

log = logging.getLogger(__name__)

ACCEPTED = {".pdf", ".xml", ".csv"}


def unpack_pack(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as tar:
        tar.extractall(dest, filter="data")
    return [p for p in dest.rglob("*") if p.is_file() and p.suffix.lower() in ACCEPTED]


def import_pack(archive_path: Path, manufacturer: str) -> int:
    with tempfile.TemporaryDirectory(prefix="warranty-") as tmp:
        docs = unpack_pack(archive_path, Path(tmp))
        for doc in docs:
            attach_documents(manufacturer=manufacturer, filename=doc.name, content=doc.read_bytes())
    log.info("Imported %d warranty documents from %s for %s", len(docs), archive_path.name, manufacturer)
    return len(docs)
