"""Import eTMF document archives handed over by a previous CRO.

Archives arrive as tarballs through the transition portal. They are
unpacked into a timestamped folder per study and then indexed.
"""
import logging
import re
import tarfile
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

STUDY_CODE = re.compile(r"[A-Z0-9-]{3,20}")


def import_archive(upload: BinaryIO, dest_root: Path, study_code: str) -> list[Path]:
    if not STUDY_CODE.fullmatch(study_code):
        raise ValueError(f"invalid study code {study_code!r}")
    dest = dest_root / study_code / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    dest.mkdir(parents=True)

    # extraction filters need Python >= 3.11.4
    with tarfile.open(fileobj=upload, mode="r:*") as tf:
        tf.extractall(dest, filter="data")

    files = sorted(p for p in dest.rglob("*") if p.is_file())
    log.info("imported %d eTMF files for %s into %s", len(files), study_code, dest)
    return files
