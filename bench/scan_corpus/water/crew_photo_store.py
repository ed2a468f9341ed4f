"""Persist job-site photos uploaded from the field-crew app."""
import os
import stat
import uuid
from pathlib import Path

PHOTO_ROOT = Path(os.environ.get("CREW_PHOTO_ROOT", "/srv/crew-photos"))
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP  # 0o750, web group can read
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP  # 0o640
ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}


def store_photo(work_order_id: int, content_type: str, data: bytes) -> Path:
    ext = ALLOWED_TYPES.get(content_type)
    if ext is None:
        raise ValueError(f"unsupported content type {content_type!r}")

    folder = PHOTO_ROOT / f"wo-{int(work_order_id):08d}"
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(folder, DIR_MODE)

    target = folder / f"{uuid.uuid4().hex}{ext}"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target


def list_photos(work_order_id: int) -> list[Path]:
    folder = PHOTO_ROOT / f"wo-{int(work_order_id):08d}"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in ALLOWED_TYPES.values())
