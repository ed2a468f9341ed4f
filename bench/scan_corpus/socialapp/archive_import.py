"""Restores a member's profile backup (photos + metadata) from an uploaded archive."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from photos.pipeline import enqueue_photo
from profiles.service import apply_profile_backup

MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 4 * 1024**3
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic"}


class BackupRejected(Exception):
    pass


def _check_members(tar: tarfile.TarFile) -> None:
    members = tar.getmembers()
    if len(members) > MAX_MEMBERS:
        raise BackupRejected("too many files in archive")
    if sum(m.size for m in members if m.isfile()) > MAX_TOTAL_BYTES:
        raise BackupRejected("archive too large when unpacked")


def restore_backup(archive_path: Path, user_id: int) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="restore-"))
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            _check_members(tar)
            tar.extractall(workdir, filter="data")

        meta_file = workdir / "profile.json"
        if meta_file.is_file():
            apply_profile_backup(user_id, json.loads(meta_file.read_text(encoding="utf-8")))

        count = 0
        for img in sorted(workdir.rglob("*")):
            if img.is_file() and img.suffix.lower() in IMAGE_SUFFIXES:
                enqueue_photo(owner_id=user_id, source=img, album=None)
                count += 1
        return count
    except tarfile.FilterError as exc:
        raise BackupRejected(f"archive contains a disallowed entry: {exc}") from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
