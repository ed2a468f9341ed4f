"""Unpacks cover image packs uploaded by publishers through the supplier portal.

Packs are .tar.gz files of JPEG/PNG covers named by ISBN; anything else in the
archive is ignored by the cover importer.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2 * 1024 ** 3


class CoverPackError(Exception):
    pass


def unpack_cover_pack(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise CoverPackError(f"{archive_path.name}: too many entries ({len(members)})")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise CoverPackError(f"{archive_path.name}: uncompressed size too large")
        try:
            tar.extractall(dest, filter="data")
        except tarfile.FilterError as exc:
            raise CoverPackError(f"{archive_path.name}: rejected entry {exc.tarinfo.name!r}") from exc
    images = [p for p in dest.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"}]
    log.info("unpacked %d cover images from %s", len(images), archive_path.name)
    return images
