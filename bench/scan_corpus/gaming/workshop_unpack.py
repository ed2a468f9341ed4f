"""Unpacks workshop uploads (``.tar.gz``) into the review staging area."""
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING = Path("/srv/workshop/staging")
MAX_MEMBERS = 5000


def unpack_upload(upload_id: str, archive_path: Path) -> Path:
    dest = STAGING / upload_id
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(archive_path, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        tar.extractall(dest, filter="data")
    log.info("unpacked upload %s (%d entries)", upload_id, len(members))
    return dest
