"""Spools rendered bottle labels to the bottling-hall CUPS printers."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

LP = shutil.which("lp") or "/usr/bin/lp"
LABEL_MEDIA = "Custom.100x150mm"


class LabelSpooler:
    def __init__(self, label_dir: Path, printers: set[str]):
        self.label_dir = label_dir
        self.printers = printers

    def _argv(self, printer: str, title: str, copies: int, pdf: Path) -> list[str]:
        return [
            LP,
            "-d", printer,
            "-n", str(copies),
            "-o", f"media={LABEL_MEDIA}",
            "-t", title,
            "--", str(pdf),
        ]

    def spool(self, run_id: int, batch_name: str, copies: int, printer: str) -> str:
        if printer not in self.printers:
            raise ValueError(f"unknown printer {printer!r}")
        pdf = self.label_dir / f"run-{int(run_id)}.pdf"
        if not pdf.is_file():
            raise FileNotFoundError(pdf)
        result = subprocess.run(
            self._argv(printer, batch_name, copies, pdf),
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        job = result.stdout.strip()
        log.info("run %s spooled to %s: %s", run_id, printer, job)
        return job
