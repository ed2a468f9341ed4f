"""Unpacks the "bring your profile" archive from partner apps.

The archive holds a profile.json plus a photos/ folder. Everything is
extracted into a per-request scratch directory and validated afterwards.
"""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

MAX_MEMBERS = 60
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class ArchiveRejected(ValueError):
    pass


def _safe_target(base: Path, member_name: str) -> Path:
    target = (base / member_name).resolve()
    if not target.is_relative_to(base):
        raise ArchiveRejected(f"entry escapes archive root: {member_name!r}")
    return target


def unpack(archive_path: Path, scratch_dir: Path) -> dict:
    base = scratch_dir.resolve()
    with zipfile.ZipFile(archive_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many entries")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("archive too large")

        for info in members:
            target = _safe_target(base, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)

    profile_file = base / "profile.json"
    if not profile_file.is_file():
        raise ArchiveRejected("profile.json missing")
    profile = json.loads(profile_file.read_text(encoding="utf-8"))
    photos = sorted(p for p in (base / "photos").glob("*") if p.is_file())
    return {"profile": profile, "photos": photos}
