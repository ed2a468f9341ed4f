"""Unpack provider deliveries (tar archives) into the staging area."""
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)


def unpack_delivery(archive: Path, staging_root: Path, delivery_id: str) -> list[Path]:
    dest = staging_root / delivery_id
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)

    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(dest, filter="data")

    fastqs = sorted(p for p in dest.rglob("*.fastq.gz") if p.is_file())
    log.info("delivery %s: %d FASTQ files unpacked", delivery_id, len(fastqs))
    return fastqs
