"""Worker that drains the label print queue for the packaging line."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

LP = shutil.which("lp") or "/usr/bin/lp"


def print_pdf(pdf_path: Path, printer: str, copies: int = 1, title: str | None = None) -> str:
    cmd = [LP, "-d", printer, "-n", str(int(copies))]
    if title:
        cmd += ["-t", title]
    cmd += ["--", str(pdf_path)]
    result = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=30)
    return result.stdout.strip()


def drain(queue) -> int:
    printed = 0
    for job in queue.pending():
        try:
            job_id = print_pdf(Path(job.pdf_path), job.printer, job.copies, job.title)
        except subprocess.CalledProcessError as exc:
            log.warning("print job %s failed: %s", job.id, exc.stderr)
            queue.mark_failed(job.id)
            continue
        queue.mark_done(job.id, job_id)
        printed += 1
    return printed
