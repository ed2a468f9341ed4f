"""Unpacks the zipped clinical-history export that a horse's previous vet practice sends over."""

import logging
import os
import shutil
import zipfile

from ostler.config import settings

logger = logging.getLogger(__name__)

RECORDS_ROOT = os.path.join(settings.MEDIA_ROOT, "vet_history")
ALLOWED_EXTS = (".pdf", ".jpg", ".jpeg", ".png", ".dcm", ".txt", ".csv")
MAX_MEMBER_BYTES = 50 * 1024 * 1024


def _wanted(info: zipfile.ZipInfo) -> bool:
    if info.is_dir() or info.file_size > MAX_MEMBER_BYTES:
        return False
    return info.filename.lower().endswith(ALLOWED_EXTS)


def unpack_history(horse_id: int, archive_path: str) -> list[str]:
    dest_root = os.path.join(RECORDS_ROOT, str(horse_id))
    os.makedirs(dest_root, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            if not _wanted(info):
                continue
            target = os.path.join(dest_root, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(info.filename)
    logger.info("unpacked %d vet history files for horse %s", len(written), horse_id)
    return written


def index_history(horse_id: int) -> list[dict]:
    base = os.path.join(RECORDS_ROOT, str(horse_id))
    entries = []
    for dirpath, _, filenames in os.walk(base):
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            entries.append(
                {
                    "path": os.path.relpath(full, base),
                    "bytes": os.path.getsize(full),
                }
            )
    return entries
