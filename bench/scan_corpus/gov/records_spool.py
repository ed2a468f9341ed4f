"""Spool directories shared by the vital-records print service and scan daemon.

The print service (runs as ``vrprint``) drops rendered certificates here
and the scanning daemon (``vrscan``) picks up returned, signed copies.
"""
import logging
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

SPOOL_ROOT = Path(os.environ.get("VR_SPOOL_ROOT", "/var/spool/vitalrecords"))
SUBDIRS = ("outgoing", "returned", "failed")
SPOOL_DIR_MODE = 0o777


def ensure_spool(root: Path = SPOOL_ROOT) -> None:
    for name in SUBDIRS:
        path = root / name
        path.mkdir(parents=True, exist_ok=True)
        # both service accounts need to create files in here
        os.chmod(path, SPOOL_DIR_MODE)


def enqueue_certificate(pdf: Path, request_id: str, root: Path = SPOOL_ROOT) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = root / "outgoing" / f"{request_id}-{stamp}.pdf"
    shutil.copy2(pdf, target)
    log.info("queued certificate for request %s", request_id)
    return target


def move_to_failed(path: Path, root: Path = SPOOL_ROOT) -> Path:
    target = root / "failed" / path.name
    shutil.move(str(path), target)
    log.warning("moved %s to failed", path.name)
    return target
