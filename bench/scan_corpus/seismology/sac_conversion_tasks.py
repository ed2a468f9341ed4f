"""Convert uploaded MiniSEED files to SAC for the teaching portal.

Students upload short MiniSEED snippets and get back a zip of SAC files they
can open in their coursework tools. Conversion is delegated to mseed2sac.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

MSEED2SAC = shutil.which("mseed2sac") or "/usr/local/bin/mseed2sac"
UPLOAD_DIR = Path("/srv/portal/uploads")
RESULT_DIR = Path("/srv/portal/results")


@shared_task(bind=True, max_retries=2, default_retry_delay=30)
def convert_upload(self, job_id: str, channel_pattern: str = "*") -> str:
    """Run mseed2sac on one upload; channel_pattern comes from the upload form."""
    src = UPLOAD_DIR / f"{job_id}.mseed"
    workdir = Path(tempfile.mkdtemp(prefix=f"sac-{job_id}-"))
    try:
        cmd = f"{MSEED2SAC} -m '{channel_pattern}' {src}"
        proc = subprocess.run(cmd, shell=True, cwd=workdir, capture_output=True,
                              text=True, timeout=180)
        if proc.returncode != 0:
            log.warning("mseed2sac failed for job %s: %s", job_id, proc.stderr.strip())
            raise self.retry(exc=RuntimeError(proc.stderr))
        archive = RESULT_DIR / f"{job_id}.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for sac in sorted(workdir.glob("*.SAC")):
                zf.write(sac, arcname=sac.name)
        log.info("job %s produced %s", job_id, archive.name)
        return str(archive)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
