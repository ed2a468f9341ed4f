"""Bulk import of workout history from a wearable export archive.

Members can upload the ``.tar.gz`` their watch vendor lets them download
(activities as FIT/GPX/TCX plus a summary CSV). We unpack it into a scratch
directory and hand the files to the parsers.
"""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from .parsers import parse_activity_file

log = logging.getLogger(__name__)

ACTIVITY_SUFFIXES = (".fit", ".gpx", ".tcx", ".csv")
MAX_MEMBERS = 5000


def unpack_export(archive_path: Path, workdir: Path) -> list[Path]:
    extracted: list[Path] = []
    with tarfile.open(archive_path, "r:*") as tf:
        members = tf.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        for member in members:
            if not member.isfile() or not member.name.lower().endswith(ACTIVITY_SUFFIXES):
                continue
            tf.extract(member, path=workdir)
            extracted.append(workdir / member.name)
    return extracted


def import_archive(member_id: int, archive_path: Path, activity_repo) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="wearable-import-"))
    try:
        count = 0
        for path in unpack_export(archive_path, workdir):
            for activity in parse_activity_file(path):
                activity_repo.add(member_id, activity)
                count += 1
        log.info("imported %d activities for member %s", count, member_id)
        return count
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
