"""Run bcl-convert for a sequencing run folder and report the outcome to the LIMS."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from pipeline.config import settings
from pipeline.lims import mark_run_status

log = logging.getLogger(__name__)


class DemuxError(RuntimeError):
    pass


def _inside(path: Path, root: Path) -> Path:
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise DemuxError(f"{path} is outside {root}")
    return resolved


def run_bcl_convert(run_folder: str, sample_sheet: str, output_dir: str) -> Path:
    run_dir = _inside(Path(run_folder), settings.RUNS_ROOT)
    sheet = _inside(Path(sample_sheet), settings.RUNS_ROOT)
    out_dir = _inside(Path(output_dir), settings.FASTQ_ROOT)

    cmd = [
        settings.BCL_CONVERT_BIN,
        "--bcl-input-directory", str(run_dir),
        "--output-directory", str(out_dir),
        "--sample-sheet", str(sheet),
        "--bcl-num-conversion-threads", str(settings.DEMUX_THREADS),
        "--force",
    ]
    mark_run_status(run_dir.name, "DEMUX_RUNNING")
    log.info("running %s", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        mark_run_status(run_dir.name, "DEMUX_FAILED")
        raise DemuxError(proc.stderr[-2000:])
    mark_run_status(run_dir.name, "DEMUX_COMPLETE")
    return out_dir
