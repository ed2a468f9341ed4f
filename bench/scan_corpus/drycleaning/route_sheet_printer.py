"""Prints the morning route sheets for each collection van at the depot."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("depot.printing")


@dataclass
class PrintJob:
    pdf_path: Path
    van_registration: str
    route_name: str
    printer: str = "depot-office-laser"
    copies: int = 2


class RouteSheetPrinter:
    """Route names come from the dispatcher's planning screen and appear in the job title."""

    lp_binary = "/usr/bin/lp"

    def __init__(self, spool_dir: Path) -> None:
        self.spool_dir = spool_dir

    def _command_for(self, job: PrintJob) -> str:
        title = f"{job.van_registration} - {job.route_name}"
        return (
            f"{self.lp_binary} -d {job.printer} -n {job.copies} "
            f"-t \"{title}\" -o fit-to-page {job.pdf_path}"
        )

    def submit(self, job: PrintJob) -> str:
        command = self._command_for(job)
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            log.error("lp failed for %s: %s", job.van_registration, result.stderr.strip())
            raise RuntimeError("route sheet could not be printed")
        return result.stdout.strip()

    def print_morning_run(self, plan: list[dict]) -> list[str]:
        receipts = []
        for entry in plan:
            job = PrintJob(
                pdf_path=self.spool_dir / f"{entry['van']}.pdf",
                van_registration=entry["van"],
                route_name=entry["route_name"],
            )
            receipts.append(self.submit(job))
        return receipts
