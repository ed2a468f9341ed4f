"""Extract tarred BagIt bags delivered by government departments.

Departments transfer born-digital records as ``.tar`` or ``.tar.gz`` bags over
the secure transfer service. Extraction uses the ``data`` filter, which
rejects absolute paths, ``..`` components, links pointing outside the
destination and device files.
"""

from __future__ import annotations

import logging
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger("ingest.bags")

MAX_MEMBERS = 200_000


class BagRejected(Exception):
    pass


def extract_bag(archive: Path, work_root: Path) -> Path:
    dest = Path(tempfile.mkdtemp(prefix="bag-", dir=work_root))
    try:
        with tarfile.open(archive, mode="r:*") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise BagRejected(f"{archive.name}: too many members ({len(members)})")
            tar.extractall(dest, members=members, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise BagRejected(f"{archive.name}: {exc}") from exc
    if not (dest / "bagit.txt").exists():
        candidates = [p for p in dest.iterdir() if (p / "bagit.txt").exists()]
        if len(candidates) != 1:
            raise BagRejected(f"{archive.name}: no bagit.txt found")
        dest = candidates[0]
    log.info("extracted %s to %s", archive.name, dest)
    return dest
