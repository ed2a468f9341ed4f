"""Prepare the upload spool directory shared by the web and worker processes.

Both processes run as different users in the ``appsvc`` group, so the spool
must be group-readable/writable but closed to everyone else.
"""
from __future__ import annotations

import grp
import os
import stat
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("UPLOAD_SPOOL_DIR", "/srv/app/spool"))
SERVICE_GROUP = os.environ.get("UPLOAD_SPOOL_GROUP", "appsvc")

DIR_MODE = 0o2770  # setgid so new files inherit the service group
FILE_MODE = 0o660
PROCESS_UMASK = 0o007


def ensure_spool_dir(path: Path = SPOOL_DIR, group: str = SERVICE_GROUP) -> Path:
    """Create the spool directory with the expected owner group and mode."""
    path.mkdir(parents=True, exist_ok=True)
    gid = grp.getgrnam(group).gr_gid
    os.chown(path, -1, gid)
    os.chmod(path, DIR_MODE)
    return path


def write_spool_file(name: str, data: bytes, path: Path = SPOOL_DIR) -> Path:
    """Write ``data`` to a new spool file readable by the worker group only."""
    if Path(name).name != name or name.startswith("."):
        raise ValueError(f"invalid spool file name {name!r}")
    target = path / name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target


def check_permissions(path: Path = SPOOL_DIR) -> list[str]:
    """Return a list of problems found with the spool directory's mode bits."""
    problems = []
    mode = path.stat().st_mode
    if mode & stat.S_IRWXO:
        problems.append(f"{path} is accessible to other users ({oct(mode & 0o7777)})")
    return problems


def configure_process() -> None:
    """Called at worker start-up so files created later are not world-accessible."""
    os.umask(PROCESS_UMASK)
    ensure_spool_dir()
