"""On-disk spool for the log shipper.

Application containers on the host mount the spool directory and drop newline-
delimited JSON files into it; the shipper tails, batches and forwards them.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Iterator

SPOOL_ROOT = Path(os.environ.get("SHIPPER_SPOOL_DIR", "/var/spool/logship"))
SPOOL_DIR_MODE = 0o777
SEGMENT_SUFFIX = ".ndjson"
DONE_SUFFIX = ".shipped"


def prepare_spool(root: Path = SPOOL_ROOT) -> Path:
    incoming = root / "incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    # container users have arbitrary UIDs, so they all need to be able to write here
    os.chmod(incoming, SPOOL_DIR_MODE)
    return incoming


def ready_segments(incoming: Path, min_age: float = 2.0) -> Iterator[Path]:
    now = time.time()
    for path in sorted(incoming.glob(f"*{SEGMENT_SUFFIX}")):
        if now - path.stat().st_mtime >= min_age:
            yield path


def read_segment(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                records.append({"message": line, "_parse_error": True})
    return records


def mark_shipped(path: Path) -> None:
    path.rename(path.with_suffix(DONE_SUFFIX))
