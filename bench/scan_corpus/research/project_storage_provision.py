"""Provision group directories on shared storage for a new project."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

# Group members read/write; setgid keeps new files in the project group.
PROJECT_DIR_MODE = stat.S_ISGID | 0o770
# Read-only drop area for the facility's ingest service account.
INBOX_MODE = stat.S_ISGID | 0o750


def _make(path: Path, owner: str, group: str, mode: int) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    shutil.chown(path, user=owner, group=group)
    os.chmod(path, mode)
    return path


def provision_project(root: Path, project: str, pi: str) -> dict[str, Path]:
    base = _make(root / project, pi, project, PROJECT_DIR_MODE)
    return {
        "base": base,
        "data": _make(base / "data", pi, project, PROJECT_DIR_MODE),
        "inbox": _make(base / "instrument-inbox", pi, project, INBOX_MODE),
    }


def describe(path: Path) -> str:
    st = path.stat()
    return f"{path} {stat.filemode(st.st_mode)} uid={st.st_uid} gid={st.st_gid}"
