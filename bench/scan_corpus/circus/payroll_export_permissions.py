"""Prepares the shared folder the payroll bureau collects exports from.

The bureau's collector runs as a member of the ``payroll`` group on the
tour office server; nobody else on the box needs to read the exports.
"""
from __future__ import annotations

import grp
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

EXPORT_DIR = Path(os.environ.get("PAYROLL_EXPORT_DIR", "/srv/payroll/outbox"))
EXPORT_GROUP = os.environ.get("PAYROLL_GROUP", "payroll")
DIR_MODE = 0o2750
FILE_MODE = 0o640


@contextmanager
def restrictive_umask(mask: int = 0o027) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def prepare_outbox() -> Path:
    gid = grp.getgrnam(EXPORT_GROUP).gr_gid
    with restrictive_umask():
        EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    os.chown(EXPORT_DIR, -1, gid)
    os.chmod(EXPORT_DIR, DIR_MODE)
    return EXPORT_DIR


def publish(export_file: Path) -> Path:
    outbox = prepare_outbox()
    target = outbox / export_file.name
    with restrictive_umask():
        shutil.copyfile(export_file, target)
    os.chmod(target, FILE_MODE)
    return target


def clear_collected(names: list[str]) -> int:
    removed = 0
    for name in names:
        path = EXPORT_DIR / Path(name).name
        if path.is_file():
            path.unlink()
            removed += 1
    return removed
