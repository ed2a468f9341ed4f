"""Creates the document folders for boat storage agreements.

Each rack holder gets a folder for their signed storage agreement,
insurance certificate and boat photos. The folders are read by the web
app and by the nightly backup job, which run as the same service group.
"""
from __future__ import annotations

import grp
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

STORAGE_ROOT = Path(os.environ.get("BOAT_STORAGE_DOCS", "/srv/canoeclub/storage-docs"))
SERVICE_GROUP = os.environ.get("CANOECLUB_GROUP", "canoeclub")
DIR_MODE = 0o750
FILE_MODE = 0o640


def _gid() -> int:
    return grp.getgrnam(SERVICE_GROUP).gr_gid


def ensure_member_folder(member_id: int) -> Path:
    folder = STORAGE_ROOT / f"member-{member_id:05d}"
    os.makedirs(folder, mode=DIR_MODE, exist_ok=True)
    os.chmod(folder, DIR_MODE)
    os.chown(folder, -1, _gid())
    return folder


def store_document(member_id: int, kind: str, data: bytes) -> Path:
    if kind not in {"agreement", "insurance", "photo"}:
        raise ValueError(f"unknown document kind {kind}")
    folder = ensure_member_folder(member_id)
    target = folder / f"{kind}.bin"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(target, FILE_MODE)
    log.info("stored %s for member %s", kind, member_id)
    return target


def prune_released(active_member_ids: set[int]) -> list[Path]:
    removed = []
    for folder in STORAGE_ROOT.glob("member-*"):
        member_id = int(folder.name.split("-", 1)[1])
        if member_id in active_member_ids:
            continue
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
        removed.append(folder)
    return removed
