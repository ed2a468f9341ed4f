"""Sends issued tickets to the CCST stock printers at staffed ticket offices."""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from tom.config import office_printer

log = logging.getLogger(__name__)
LP = shutil.which("lp") or "/usr/bin/lp"


class PrintError(RuntimeError):
    pass


def print_ticket(office_code: str, ticket_ref: str, pdf_bytes: bytes, copies: int = 1) -> str:
    printer = office_printer(office_code)
    with tempfile.NamedTemporaryFile(suffix=".pdf", prefix="ticket-") as tmp:
        tmp.write(pdf_bytes)
        tmp.flush()
        cmd = [LP, "-d", printer, "-n", str(int(copies)), "-t", f"ticket {ticket_ref}", tmp.name]
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=30)
        except subprocess.CalledProcessError as exc:
            raise PrintError(exc.stderr.strip() or "lp failed") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError("print spooler did not respond") from exc
    job = result.stdout.strip()
    log.info("ticket %s queued on %s: %s", ticket_ref, printer, job)
    return job


def printer_status(office_code: str) -> str:
    printer = office_printer(office_code)
    out = subprocess.run(["lpstat", "-p", printer], capture_output=True, text=True, timeout=10)
    return out.stdout.strip() or out.stderr.strip()
