"""Writes finished cut files where the laser PCs can collect them over the shop share."""
import logging
import os
import shutil
import stat
from pathlib import Path

log = logging.getLogger(__name__)

EXPORT_ROOT = Path(os.environ.get("CUTFILE_EXPORT", "/srv/engraver/export"))
SHARE_GROUP = os.environ.get("CUTFILE_GROUP", "laserops")
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_ISGID
FILE_MODE = 0o640


def _group_owned(path: Path) -> None:
    try:
        shutil.chown(path, group=SHARE_GROUP)
    except (LookupError, PermissionError) as exc:
        log.warning("cannot hand %s to group %s: %s", path, SHARE_GROUP, exc)


def machine_dir(machine: str) -> Path:
    folder = EXPORT_ROOT / machine
    folder.mkdir(parents=True, exist_ok=True)
    _group_owned(folder)
    os.chmod(folder, DIR_MODE)
    return folder


def export_cutfile(machine: str, order_id: int, source: Path) -> Path:
    target = machine_dir(machine) / f"order_{order_id}{source.suffix.lower()}"
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, FILE_MODE)
    _group_owned(tmp)
    os.replace(tmp, target)
    log.info("exported order %s for %s", order_id, machine)
    return target


def withdraw(machine: str, order_id: int) -> bool:
    removed = False
    for path in (EXPORT_ROOT / machine).glob(f"order_{order_id}.*"):
        path.unlink()
        removed = True
    return removed
