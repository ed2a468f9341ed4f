"""Import diagnostic bundles that instrument service engineers upload as .tar.gz.

Bundles contain instrument logs and run metadata and are unpacked into the
service archive for troubleshooting.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 20_000


class BundleError(Exception):
    pass


def unpack_bundle(archive: Path, archive_root: Path, instrument_serial: str) -> Path:
    if not instrument_serial.isalnum():
        raise BundleError(f"invalid instrument serial {instrument_serial!r}")
    target = archive_root / instrument_serial / archive.name.removesuffix(".tar.gz")
    if target.exists():
        raise BundleError(f"{target} already exists")

    staging = Path(tempfile.mkdtemp(prefix="bundle-", dir=archive_root))
    try:
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise BundleError("bundle has too many entries")
            tar.extractall(staging, members=members, filter="data")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), target)
    except (tarfile.TarError, OSError):
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("unpacked %s (%d entries) into %s", archive.name, len(members), target)
    return target
