"""Restore Moodle course backups (.mbz) uploaded by instructors migrating to our LMS.

An .mbz file is a gzipped tarball containing moodle_backup.xml plus
activity and file folders; we unpack it into a staging dir and hand the
tree to the converter.
"""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from .converter import MoodleConverter

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/lms/restore-staging")
MAX_BACKUP_BYTES = 2 * 1024**3


class RestoreError(Exception):
    pass


def unpack_backup(mbz_path: Path) -> Path:
    if mbz_path.stat().st_size > MAX_BACKUP_BYTES:
        raise RestoreError("backup exceeds the 2 GiB limit")
    STAGING_ROOT.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="mbz-", dir=STAGING_ROOT))
    try:
        with tarfile.open(mbz_path, "r:*") as tar:
            tar.extractall(staging)
    except (tarfile.TarError, EOFError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise RestoreError("not a valid Moodle backup") from exc
    if not (staging / "moodle_backup.xml").is_file():
        shutil.rmtree(staging, ignore_errors=True)
        raise RestoreError("moodle_backup.xml not found")
    return staging


def restore(mbz_path: Path, target_course_id: int) -> int:
    staging = unpack_backup(mbz_path)
    try:
        converter = MoodleConverter(staging)
        imported = converter.import_into(target_course_id)
        log.info("restored %d activities into course %s", imported, target_course_id)
        return imported
    finally:
        shutil.rmtree(staging, ignore_errors=True)
