"""Publishes generated inspection reports into the shared depot reports folder.

The reports folder is read by the depot file server (group ``wt-reports``);
reports are written by the report worker and must not be editable afterwards.
"""
import grp
import os
import shutil
import stat
from pathlib import Path

from wheeltapper.config import settings

REPORTS_ROOT = Path(settings.REPORTS_ROOT)
REPORTS_GROUP = settings.REPORTS_GROUP
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP


def _group_id() -> int:
    return grp.getgrnam(REPORTS_GROUP).gr_gid


def ensure_depot_folder(depot_code: str) -> Path:
    folder = REPORTS_ROOT / depot_code.upper()
    folder.mkdir(parents=True, exist_ok=True)
    os.chown(folder, -1, _group_id())
    os.chmod(folder, DIR_MODE)
    return folder


def publish_report(depot_code: str, source: Path) -> Path:
    folder = ensure_depot_folder(depot_code)
    target = folder / source.name
    tmp = folder / f".{source.name}.part"
    shutil.copyfile(source, tmp)
    os.chown(tmp, -1, _group_id())
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, target)
    return target


def publish_all(depot_code: str, sources: list[Path]) -> list[Path]:
    return [publish_report(depot_code, s) for s in sources if s.suffix.lower() == ".pdf"]
