"""Unpack fitting-instruction archives that ship with ceiling pendant kits.

The archives come from the manufacturer's trade portal and are
published alongside the kit in the online shop.
"""
import logging
import tarfile
from pathlib import Path
from typing import List

log = logging.getLogger("shop.instructions")

INSTRUCTIONS_ROOT = Path("/srv/lampmaker/instructions")
MAX_MEMBER_BYTES = 20 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _checked_destination(base: Path, member: tarfile.TarInfo) -> Path:
    if not (member.isfile() or member.isdir()):
        raise ArchiveRejected(f"unsupported member type: {member.name}")
    dest = (base / member.name).resolve()
    if not dest.is_relative_to(base):
        raise ArchiveRejected(f"member escapes target directory: {member.name}")
    if member.size > MAX_MEMBER_BYTES:
        raise ArchiveRejected(f"member too large: {member.name}")
    return dest


def unpack(archive: Path, kit_sku: str) -> List[Path]:
    base = (INSTRUCTIONS_ROOT / kit_sku).resolve()
    base.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    with tarfile.open(archive, "r:*") as tf:
        for member in tf.getmembers():
            dest = _checked_destination(base, member)
            if member.isdir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            src = tf.extractfile(member)
            if src is None:
                continue
            with src, dest.open("wb") as out:
                out.write(src.read())
            written.append(dest)
    log.info("kit %s: unpacked %d instruction files", kit_sku, len(written))
    return written
