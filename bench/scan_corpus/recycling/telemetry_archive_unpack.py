"""Unpack weekly telemetry archives uploaded by the fleet maintenance contractor.

Each archive is a .tar.gz of CAN-bus logs per vehicle. We unpack into a
per-upload folder and hand the logs to the fuel/idle analysis job.
"""

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

UNPACK_ROOT = Path("/srv/fleet/telemetry")


def unpack(upload_id: str, archive_path: Path) -> list[Path]:
    if not upload_id.isalnum():
        raise ValueError(f"unexpected upload id {upload_id!r}")
    dest = UNPACK_ROOT / upload_id
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    logs = sorted(p for p in dest.rglob("*.log") if p.is_file())
    log.info("upload %s: %d vehicle logs unpacked", upload_id, len(logs))
    return logs


def vehicle_of(log_path: Path) -> str:
    # contractor names files <REG>_<yyyymmdd>.log
    return log_path.stem.split("_", 1)[0].upper()
