"""Unpack custodian ZIP collections into the processing staging area.

Collections arrive from the client upload portal as ZIP files. Members are
streamed to disk one at a time so that large PSTs never have to fit in memory.
"""
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

COPY_CHUNK = 1024 * 1024
JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class UnpackResult:
    custodian_id: str
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _is_system_junk(name: str) -> bool:
    return os.path.basename(name) in JUNK_NAMES or name.startswith("__MACOSX/")


def unpack_collection(archive_path: str, staging_root: str, custodian_id: str) -> UnpackResult:
    """Expand one custodian archive under ``staging_root/<custodian_id>``."""
    result = UnpackResult(custodian_id=custodian_id)
    dest_root = os.path.join(staging_root, custodian_id)
    os.makedirs(dest_root, exist_ok=True)

    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or _is_system_junk(info.filename):
                result.skipped.append(info.filename)
                continue
            target = os.path.join(dest_root, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, COPY_CHUNK)
            result.files.append(target)

    log.info(
        "custodian %s: %d files unpacked, %d skipped",
        custodian_id, len(result.files), len(result.skipped),
    )
    return result
