"""Convert spoil classification lab reports uploaded by the testing subcontractor.

The lab uploads WAC (waste acceptance criteria) results as spreadsheets; they
are converted to PDF for the waste transfer pack with LibreOffice.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from werkzeug.datastructures import FileStorage

log = logging.getLogger(__name__)

INBOX = Path("/srv/haulage/lab-reports/inbox")
OUTBOX = Path("/srv/haulage/lab-reports/pdf")


class LabReportConverter:
    soffice = "/usr/bin/soffice"
    timeout_s = 120

    def __init__(self, inbox: Path = INBOX, outbox: Path = OUTBOX) -> None:
        self.inbox = inbox
        self.outbox = outbox

    def store_upload(self, upload: FileStorage) -> str:
        self.inbox.mkdir(parents=True, exist_ok=True)
        name = Path(upload.filename or "report.xlsx").name
        upload.save(self.inbox / name)
        return name

    def _command(self, name: str) -> str:
        return (
            f"{self.soffice} --headless --convert-to pdf "
            f"--outdir {self.outbox} '{self.inbox}/{name}'"
        )

    def convert(self, name: str) -> Path:
        self.outbox.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            self._command(name),
            shell=True,
            capture_output=True,
            text=True,
            timeout=self.timeout_s,
        )
        if result.returncode != 0:
            log.error("conversion failed for %s: %s", name, result.stderr)
            raise RuntimeError(f"could not convert {name}")
        return self.outbox / (Path(name).stem + ".pdf")


def handle_upload(upload: FileStorage) -> Path:
    converter = LabReportConverter()
    return converter.convert(converter.store_upload(upload))
