"""Local staging area for extract tasks running on the shared Airflow workers.

Each task gets ``<root>/<dag_id>/<run_id>/<task_id>``. Files older than the
retention window are removed by the nightly housekeeping DAG.
"""
from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path(os.environ.get("EXTRACT_STAGING_ROOT", "/data/staging"))
RETENTION_HOURS = int(os.environ.get("EXTRACT_STAGING_RETENTION_HOURS", "48"))


def _path_part(value: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in value)


def task_dir(dag_id: str, run_id: str, task_id: str) -> Path:
    path = STAGING_ROOT / _path_part(dag_id) / _path_part(run_id) / _path_part(task_id)
    path.mkdir(parents=True, exist_ok=True)
    # tasks impersonate different unix users through run_as_user
    os.chmod(path, 0o777)
    return path


def staging_usage() -> dict[str, int]:
    usage: dict[str, int] = {}
    for dag_dir in STAGING_ROOT.iterdir():
        if dag_dir.is_dir():
            usage[dag_dir.name] = sum(f.stat().st_size for f in dag_dir.rglob("*") if f.is_file())
    return usage


def purge_expired(now: float | None = None) -> int:
    cutoff = (now or time.time()) - RETENTION_HOURS * 3600
    removed = 0
    for run_dir in STAGING_ROOT.glob("*/*"):
        if run_dir.is_dir() and run_dir.stat().st_mtime < cutoff:
            shutil.rmtree(run_dir, ignore_errors=True)
            removed += 1
    log.info("purged %d expired staging run directories", removed)
    return removed
