"""Imports bundles of lesson videos that coaches export from their tablets.

The tablet app produces a .tar.gz with one folder per skater; the
importer unpacks the clips into the shared video store.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

log = logging.getLogger("coaching.import")

VIDEO_EXTENSIONS = (".mp4", ".mov", ".webm")
MAX_MEMBER_BYTES = 2 * 1024 ** 3


@dataclass
class ImportReport:
    coach_id: int
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _wanted(member: tarfile.TarInfo) -> bool:
    return (
        member.isfile()
        and member.name.lower().endswith(VIDEO_EXTENSIONS)
        and member.size <= MAX_MEMBER_BYTES
    )


def import_bundle(coach_id: int, bundle: IO[bytes], video_root: Path) -> ImportReport:
    report = ImportReport(coach_id)
    dest = video_root / f"coach-{coach_id}"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=bundle, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not _wanted(member):
                report.skipped.append(member.name)
                continue
            target = dest / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            report.imported.append(member.name)
    log.info(
        "coach %s bundle: %d clips imported, %d skipped",
        coach_id,
        len(report.imported),
        len(report.skipped),
    )
    return report


if __name__ == "__main__":
    import sys

    with open(sys.argv[2], "rb") as fh:
        print(import_bundle(int(sys.argv[1]), fh, Path(sys.argv[3])))
