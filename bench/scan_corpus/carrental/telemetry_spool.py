"""Local spool for telemetry batches when the warehouse is unreachable.

The ingest worker writes batches here and a sidecar ships them once the
connection recovers. Both run as the same service account group.
"""
import json
import os
import stat
import time
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("TELEMETRY_SPOOL_DIR", "/var/spool/telemetry"))
SPOOL_DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP
SPOOL_FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP


def _ensure_spool_dir() -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(SPOOL_DIR, SPOOL_DIR_MODE)
    return SPOOL_DIR


def spool_batch(frames: list[dict]) -> Path:
    directory = _ensure_spool_dir()
    final = directory / f"batch-{time.time_ns()}.jsonl"
    partial = final.with_suffix(".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SPOOL_FILE_MODE)
    with os.fdopen(fd, "w") as fh:
        for frame in frames:
            fh.write(json.dumps(frame, separators=(",", ":")) + "\n")
    os.replace(partial, final)
    return final


def pending_batches() -> list[Path]:
    return sorted(_ensure_spool_dir().glob("batch-*.jsonl"))
