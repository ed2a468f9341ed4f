"""Unpack rota archives from the manning agency's SFTP drop.

Archives are tar.gz files; extraction uses the tarfile "data" filter, which
rejects absolute paths, parent-directory components, links pointing outside
the destination and special files.
"""
import logging
import tarfile
from pathlib import Path
from typing import List

log = logging.getLogger(__name__)

INBOX = Path("/var/spool/ferry/rota-inbox")
STAGING = Path("/var/spool/ferry/rota-staging")


def unpack(archive: Path, dest: Path) -> List[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
        tar.extractall(path=dest, filter="data")
    return [dest / n for n in names]


def process_inbox() -> int:
    processed = 0
    for archive in sorted(INBOX.glob("*.tar.gz")):
        target = STAGING / archive.name.removesuffix(".tar.gz")
        try:
            files = unpack(archive, target)
        except (tarfile.TarError, OSError) as exc:
            log.error("could not unpack %s: %s", archive.name, exc)
            archive.rename(archive.with_suffix(".failed"))
            continue
        log.info("unpacked %s (%d files)", archive.name, len(files))
        archive.unlink()
        processed += 1
    return processed
