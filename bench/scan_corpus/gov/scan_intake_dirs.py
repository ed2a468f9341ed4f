"""Prepare the intake directory tree for the mailroom document scanners.

Scanners write into ``inbox/<station>``; the OCR worker (same service
group) moves processed pages to ``processed`` and failures to ``quarantine``.
"""
import grp
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

INTAKE_ROOT = Path(os.environ.get("MAILROOM_INTAKE_ROOT", "/srv/mailroom/intake"))
SERVICE_GROUP = os.environ.get("MAILROOM_GROUP", "mailroom")
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IWGRP | stat.S_IXGRP | stat.S_ISGID  # 2770
FILE_MODE = 0o640


def prepare(stations: list[str], root: Path = INTAKE_ROOT) -> None:
    os.umask(0o027)
    gid = grp.getgrnam(SERVICE_GROUP).gr_gid
    paths = [root / "processed", root / "quarantine"] + [root / "inbox" / s for s in stations]
    for path in paths:
        path.mkdir(parents=True, exist_ok=True)
        os.chown(path, -1, gid)
        os.chmod(path, DIR_MODE)
        log.debug("prepared %s", path)


def finalize_page(path: Path) -> None:
    """Called by the OCR worker once a page has been written."""
    os.chmod(path, FILE_MODE)
