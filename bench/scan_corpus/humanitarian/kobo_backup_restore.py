"""Restore form media from a KoBoToolbox project backup archive.

Information management staff download a backup .tar.gz from the Kobo server
of a closed project and upload it here to move attachments into our archive.
"""
import shutil
import tarfile
import tempfile
from pathlib import Path

ARCHIVE_ROOT = Path("/srv/im/archive")
MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".m4a", ".amr", ".3gp", ".pdf"}


def restore_media(archive_path: Path, project_code: str) -> int:
    if not project_code.isalnum():
        raise ValueError("project code must be alphanumeric")
    target = ARCHIVE_ROOT / project_code
    target.mkdir(parents=True, exist_ok=True)
    moved = 0
    with tempfile.TemporaryDirectory(prefix="kobo-restore-") as tmp:
        with tarfile.open(archive_path, mode="r:*") as tar:
            tar.extractall(path=tmp, filter="data")
        for path in Path(tmp).rglob("*"):
            if path.is_file() and path.suffix.lower() in MEDIA_SUFFIXES:
                dest = target / path.name
                if not dest.exists():
                    shutil.move(str(path), dest)
                    moved += 1
    return moved
