"""Celery task that launches bcl-convert for a completed sequencing run."""
import logging
import subprocess
from pathlib import Path

from celery import shared_task

from pipeline.config import settings
from pipeline.lims import mark_run_status

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=2, acks_late=True)
def demultiplex_run(self, run_folder: str, sample_sheet: str, output_dir: str) -> str:
    """Queued from the run-events webhook and the portal's "re-demux" button."""
    run_id = Path(run_folder).name
    cmd = (
        f"{settings.BCL_CONVERT_BIN} --bcl-input-directory {run_folder} "
        f"--output-directory {output_dir} --sample-sheet {sample_sheet} "
        f"--bcl-num-conversion-threads {settings.DEMUX_THREADS} --force"
    )
    log.info("starting bcl-convert for %s", run_id)
    mark_run_status(run_id, "DEMUX_RUNNING")

    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("bcl-convert failed for %s: %s", run_id, proc.stderr[-2000:])
        mark_run_status(run_id, "DEMUX_FAILED")
        raise self.retry(countdown=600)

    mark_run_status(run_id, "DEMUX_COMPLETE")
    return output_dir
