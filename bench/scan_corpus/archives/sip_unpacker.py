"""Unpack submission information packages (SIPs) uploaded through the transfer portal.

Depositors upload a BagIt bag as ``.tar`` or ``.tar.gz``; we unpack it into a
working directory where the validation step picks it up.
"""

import shutil
import tarfile
import uuid
from pathlib import Path

WORK_ROOT = Path("/srv/ingest/work")


def unpack_sip(upload: Path) -> Path:
    if not tarfile.is_tarfile(upload):
        raise ValueError(f"{upload.name} is not a tar archive")
    target = WORK_ROOT / f"sip-{uuid.uuid4().hex}"
    target.mkdir(parents=True)
    with tarfile.open(upload, mode="r:*") as tf:
        tf.extractall(target)
    return _bag_root(target)


def _bag_root(target: Path) -> Path:
    """Bags are often packed with a single top-level folder; descend into it."""
    entries = [p for p in target.iterdir() if not p.name.startswith("._")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return target


def discard(work_dir: Path) -> None:
    shutil.rmtree(work_dir, ignore_errors=True)
