"""Ingests photo bundles uploaded from the helmet and platform cameras.

Staff zip the camera's SD card at the end of a session and upload it from
the photo kiosk; the bundle is unpacked into the session's folder where the
gallery and the watermark worker pick it up.
"""
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass

log = logging.getLogger(__name__)

MEDIA_EXTENSIONS = (".jpg", ".jpeg", ".mp4", ".mov")
MAX_BUNDLE_BYTES = 4 * 1024**3


@dataclass
class IngestResult:
    session_id: int
    stored: int
    skipped: int


class BundleTooLarge(Exception):
    pass


def _session_dir(media_root: str, session_id: int) -> str:
    path = os.path.join(media_root, "sessions", str(session_id), "raw")
    os.makedirs(path, exist_ok=True)
    return path


def extract_bundle(bundle_path: str, media_root: str, session_id: int) -> IngestResult:
    dest_dir = _session_dir(media_root, session_id)
    stored = skipped = 0
    with zipfile.ZipFile(bundle_path) as zf:
        total = sum(info.file_size for info in zf.infolist())
        if total > MAX_BUNDLE_BYTES:
            raise BundleTooLarge(f"bundle expands to {total} bytes")
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(MEDIA_EXTENSIONS):
                skipped += 1
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, length=1024 * 1024)
            stored += 1
    log.info("session %s: stored %d media files, skipped %d entries", session_id, stored, skipped)
    return IngestResult(session_id=session_id, stored=stored, skipped=skipped)


def ingest_upload(upload_path: str, media_root: str, session_id: int) -> IngestResult:
    if not zipfile.is_zipfile(upload_path):
        raise ValueError("upload is not a zip archive")
    try:
        return extract_bundle(upload_path, media_root, session_id)
    finally:
        os.remove(upload_path)
