"""Unpack custodian tarballs (forensic collection kits export .tar.gz)."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 250_000
MAX_TOTAL_BYTES = 500 * 1024**3


class CollectionTooLarge(Exception):
    pass


def _check_limits(tf: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    total = 0
    for member in tf:
        members.append(member)
        total += member.size
        if len(members) > MAX_MEMBERS or total > MAX_TOTAL_BYTES:
            raise CollectionTooLarge(f"{len(members)} members / {total} bytes exceeds limits")
    return members


def unpack_collection(archive: Path, staging_root: Path, custodian_id: str) -> Path:
    dest = staging_root / custodian_id
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tf:
        members = _check_limits(tf)
        tf.extractall(path=dest, members=members, filter="data")
    log.info("custodian %s: unpacked %d members from %s", custodian_id, len(members), archive.name)
    return dest
