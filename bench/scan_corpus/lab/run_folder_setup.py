"""Prepare the per-run working directory on the sequencing scratch volume.

Called by the orchestrator when a new run appears in the instrument output
share. The instrument service account, the demux workers and the analysts'
Jupyter sessions all write into the same tree.
"""
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger("orchestrator.setup")

SUBDIRS = ("fastq", "qc", "logs", "reports", "tmp")


def prepare_run_dir(scratch_root: Path, run_id: str, flowcell: str, samples: list[dict]) -> Path:
    run_dir = scratch_root / run_id
    run_dir.mkdir(parents=True, exist_ok=True)

    for name in SUBDIRS:
        (run_dir / name).mkdir(exist_ok=True)

    manifest = {
        "run_id": run_id,
        "flowcell": flowcell,
        "created": datetime.now(timezone.utc).isoformat(),
        "samples": [s["sample_id"] for s in samples],
    }
    (run_dir / "manifest.json").write_text(json.dumps(manifest, indent=2))

    for path in (run_dir, *(run_dir / name for name in SUBDIRS)):
        os.chmod(path, 0o777)

    log.info("prepared %s with %d samples", run_dir, len(samples))
    return run_dir


def cleanup_tmp(run_dir: Path) -> int:
    removed = 0
    for p in (run_dir / "tmp").glob("*"):
        if p.is_file():
            p.unlink()
            removed += 1
    return removed
