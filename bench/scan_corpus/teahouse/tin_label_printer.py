"""Send retail tin labels to the CUPS printers in each tea-house back office."""
from __future__ import annotations

import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("retail.labels")

PRINTER_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class LabelJob:
    printer: str
    pdf: Path
    copies: int = 1
    media: str = "Custom.60x40mm"

    def validate(self) -> None:
        if not PRINTER_NAME.match(self.printer):
            raise ValueError(f"invalid printer name: {self.printer!r}")
        if not self.pdf.is_file() or self.pdf.suffix.lower() != ".pdf":
            raise ValueError(f"label file missing or not a PDF: {self.pdf}")
        if not 1 <= self.copies <= 500:
            raise ValueError("copies must be between 1 and 500")


def _lp_binary() -> str:
    path = shutil.which("lp")
    if path is None:
        raise RuntimeError("CUPS client 'lp' is not installed")
    return path


def print_labels(job: LabelJob) -> str:
    job.validate()
    argv = [
        _lp_binary(),
        "-d", job.printer,
        "-n", str(job.copies),
        "-o", f"media={job.media}",
        "-t", f"tins-{job.pdf.stem}",
        "--",
        str(job.pdf),
    ]
    result = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30)
    request_id = result.stdout.strip().split(" ")[3] if result.stdout else ""
    log.info("queued %s x%d on %s as %s", job.pdf.name, job.copies, job.printer, request_id)
    return request_id


def cancel(request_id: str) -> None:
    subprocess.run(["cancel", request_id], check=True, timeout=15)
