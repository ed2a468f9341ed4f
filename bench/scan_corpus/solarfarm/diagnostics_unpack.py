"""Unpack gateway diagnostic bundles for the reliability team.

Bundles arrive as .tar.gz files from the gateways' daily upload job.
"""

import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

ANALYSIS_ROOT = Path(os.environ.get("DIAG_ANALYSIS_ROOT", "/srv/diagnostics"))
MAX_MEMBERS = 5000


def unpack_bundle(archive: Path, gateway_id: str) -> Path:
    if not gateway_id.isalnum():
        raise ValueError(f"invalid gateway id {gateway_id!r}")
    dest = ANALYSIS_ROOT / gateway_id / archive.name.removesuffix(".tar.gz")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{archive.name}: too many members ({len(members)})")
        tar.extractall(path=dest, filter="data")
    log.info("unpacked %s (%d members) into %s", archive.name, len(members), dest)
    return dest


def unpack_dir(incoming: Path) -> int:
    count = 0
    for archive in sorted(incoming.glob("*/*.tar.gz")):
        unpack_bundle(archive, archive.parent.name)
        archive.rename(archive.with_suffix(archive.suffix + ".done"))
        count += 1
    return count
