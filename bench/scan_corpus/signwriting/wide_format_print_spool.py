"""Queue print-ready PDFs on the wide-format printer through CUPS."""
from __future__ import annotations

import logging
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PRINT_READY_DIR = Path(os.environ.get("PRINT_READY_DIR", "/srv/signshop/print-ready"))
MEDIA_SIZES = {"a0": "A0", "a1": "A1", "roll-1370": "Custom.1370x3000mm"}


@dataclass
class PrintJob:
    job_id: int
    pdf_name: str
    printer: str
    media: str = "roll-1370"
    copies: int = 1
    title: str = ""


def _resolve_pdf(name: str) -> Path:
    path = (PRINT_READY_DIR / name).resolve()
    if path.parent != PRINT_READY_DIR.resolve() or path.suffix.lower() != ".pdf":
        raise ValueError("print file must be a PDF in the print-ready folder")
    return path


def submit(job: PrintJob) -> str:
    pdf = _resolve_pdf(job.pdf_name)
    media = MEDIA_SIZES.get(job.media)
    if media is None:
        raise ValueError(f"unsupported media {job.media!r}")
    argv = [
        "lp",
        "-d", job.printer,
        "-n", str(max(1, min(job.copies, 20))),
        "-o", f"media={media}",
        "-t", job.title or f"job-{job.job_id}",
        "--",
        str(pdf),
    ]
    result = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60)
    match = re.search(r"request id is (\S+)", result.stdout)
    request_id = match.group(1) if match else ""
    log.info("job %s queued on %s as %s", job.job_id, job.printer, request_id)
    return request_id
