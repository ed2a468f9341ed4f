"""Unpack ZIP uploads of draft puzzles into a setter's workspace.

Every member is checked before anything is written: its resolved path must
stay inside the setter's workspace, and only grid and note files are kept.
"""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

KEEP_SUFFIXES = {".puz", ".ipuz", ".jpz", ".txt", ".md"}
MAX_MEMBERS = 200
MAX_UNPACKED = 50 * 1024 * 1024


class UnsafeArchive(Exception):
    pass


def _safe_target(workspace: Path, member_name: str) -> Path:
    target = (workspace / member_name).resolve()
    if not target.is_relative_to(workspace):
        raise UnsafeArchive(f"member escapes workspace: {member_name!r}")
    return target


def unpack_drafts(zip_path: Path, workspace_root: Path, setter_id: int) -> list[Path]:
    workspace = (workspace_root / f"setter-{setter_id:06d}" / "drafts").resolve()
    workspace.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(zip_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise UnsafeArchive("too many members")
        if sum(m.file_size for m in members) > MAX_UNPACKED:
            raise UnsafeArchive("archive expands too far")
        for member in members:
            if Path(member.filename).suffix.lower() not in KEEP_SUFFIXES:
                continue
            target = _safe_target(workspace, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
