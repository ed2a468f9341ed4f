"""Creates the shared drop folders workshop engineers use for service sheets.

Engineers on the ``workshop`` group scan completed service sheets for
excavators and dumpers into a per-depot folder; the ingest job reads them.
"""
from __future__ import annotations

import grp
import logging
import os
import stat
from pathlib import Path
from typing import Iterable, List

log = logging.getLogger("toolhire.workshop.dropbox")

DROP_ROOT = Path(os.environ.get("TH_WORKSHOP_DROP", "/srv/workshop/drop"))
WORKSHOP_GROUP = os.environ.get("TH_WORKSHOP_GROUP", "workshop")
DROP_DIR_MODE = stat.S_ISGID | stat.S_IRWXU | stat.S_IRWXG
PROCESSED_MODE = 0o750


def _gid() -> int:
    return grp.getgrnam(WORKSHOP_GROUP).gr_gid


def _ensure_dir(path: Path, mode: int, gid: int) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chown(path, -1, gid)
    os.chmod(path, mode)
    actual = stat.S_IMODE(path.stat().st_mode)
    if actual != mode:
        raise RuntimeError(f"{path} has mode {oct(actual)}, expected {oct(mode)}")


def provision_depot(depot_code: str) -> List[Path]:
    if not depot_code.isalnum():
        raise ValueError(f"invalid depot code {depot_code!r}")
    gid = _gid()
    inbox = DROP_ROOT / depot_code / "inbox"
    processed = DROP_ROOT / depot_code / "processed"
    _ensure_dir(inbox.parent, PROCESSED_MODE, gid)
    _ensure_dir(inbox, DROP_DIR_MODE, gid)
    _ensure_dir(processed, PROCESSED_MODE, gid)
    log.info("provisioned workshop drop for %s", depot_code)
    return [inbox, processed]


def provision_all(depot_codes: Iterable[str]) -> int:
    old = os.umask(0o027)
    try:
        return sum(len(provision_depot(code)) for code in depot_codes)
    finally:
        os.umask(old)
