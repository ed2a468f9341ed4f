"""Spool directory for AIS batches waiting to be loaded into the warehouse.

The listener writes one file per minute; the loader picks them up. Both
run under the ``aisfeed`` account, and the analytics group may read the
spool, so directories are group-readable and nothing is world-accessible.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("AIS_SPOOL", "/var/spool/harbourpilots/ais"))
DIR_MODE = 0o750
FILE_MODE = 0o640


def ensure_spool(root: Path = SPOOL_ROOT) -> Path:
    for sub in ("incoming", "processing", "done"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(root / sub, DIR_MODE)
    return root


def write_batch(messages: list[dict], root: Path = SPOOL_ROOT) -> Path:
    name = f"ais-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}.jsonl"
    final = root / "incoming" / name
    partial = final.with_suffix(".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for msg in messages:
            fh.write(json.dumps(msg, separators=(",", ":")) + "\n")
    os.replace(partial, final)
    return final


def claim_next(root: Path = SPOOL_ROOT) -> Path | None:
    for candidate in sorted((root / "incoming").glob("*.jsonl")):
        target = root / "processing" / candidate.name
        try:
            os.replace(candidate, target)
        except FileNotFoundError:
            continue
        return target
    return None


def mark_done(path: Path, root: Path = SPOOL_ROOT) -> None:
    os.replace(path, root / "done" / path.name)


def purge_done(older_than_s: int = 7 * 86400, root: Path = SPOOL_ROOT) -> int:
    cutoff = time.time() - older_than_s
    removed = 0
    for path in (root / "done").glob("*.jsonl"):
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed
