"""Restore a project from a user-uploaded backup archive (ticket PROJ-140)."""
from __future__ import annotations

import logging
import shutil
import tarfile
from pathlib import Path
from uuid import UUID

log = logging.getLogger(__name__)


def restore_backup(archive_path: Path, workspace_root: Path, project_id: UUID) -> Path:
    """Unpack `archive_path` into a fresh workspace directory for the project."""
    target = workspace_root / str(project_id)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(archive_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if not m.name.startswith(".git/")]
        tar.extractall(path=target, members=members)

    log.info("restored %d entries for project %s", len(members), project_id)
    return target
