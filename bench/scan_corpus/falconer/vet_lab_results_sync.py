"""Nightly pull of avian lab results from the veterinary laboratory SFTP drop.

The lab publishes a manifest alongside each batch listing the SHA-256 of every
result PDF so that truncated transfers can be detected and re-fetched.
"""
import hashlib
import logging
from pathlib import Path

import paramiko

from falconer.config import settings
from falconer.health.records import attach_lab_result

log = logging.getLogger(__name__)
CHUNK = 64 * 1024


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_manifest(sftp: paramiko.SFTPClient, batch: str) -> dict[str, str]:
    entries = {}
    with sftp.open(f"{batch}/MANIFEST.sha256") as fh:
        for line in fh.read().decode("utf-8").splitlines():
            checksum, name = line.split(maxsplit=1)
            entries[name.strip()] = checksum.lower()
    return entries


def sync_batch(sftp: paramiko.SFTPClient, batch: str, staging: Path = settings.LAB_STAGING_DIR) -> int:
    manifest = _read_manifest(sftp, batch)
    stored = 0
    for name, published in manifest.items():
        local = staging / Path(name).name
        sftp.get(f"{batch}/{Path(name).name}", str(local))
        if _sha256_of(local) == published:
            attach_lab_result(local)
            stored += 1
        else:
            log.warning("checksum mismatch for %s in batch %s, will retry", name, batch)
            local.unlink(missing_ok=True)
    return stored
