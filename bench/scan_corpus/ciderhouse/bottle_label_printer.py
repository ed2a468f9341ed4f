"""Prints custom bottle labels for trade orders on the bottling-line label printer."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class LabelJob:
    order_ref: str
    customer_name: str
    batch_title: str
    copies: int
    artwork_pdf: Path


class LabelPrinter:
    def __init__(self, queue: str | None = None, spool_dir: Path | None = None) -> None:
        self.queue = queue or os.environ.get("LABEL_PRINTER_QUEUE", "bottling_zebra")
        self.spool_dir = spool_dir or Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/labels"))

    def _title(self, job: LabelJob) -> str:
        return f"{job.order_ref} {job.customer_name} - {job.batch_title}"

    def _command(self, job: LabelJob) -> str:
        return (
            f"lp -d {self.queue} -n {int(job.copies)} "
            f"-t \"{self._title(job)}\" -o media=Custom.62x100mm {job.artwork_pdf}"
        )

    def submit(self, job: LabelJob, use_shell: bool = True, timeout: int = 30) -> str:
        cmd = self._command(job)
        log.info("submitting label job for order %s", job.order_ref)
        result = subprocess.run(
            cmd, shell=use_shell, capture_output=True, text=True, timeout=timeout, check=True
        )
        return result.stdout.strip()


def print_trade_order(order: dict, printer: LabelPrinter | None = None) -> str:
    printer = printer or LabelPrinter()
    job = LabelJob(
        order_ref=order["reference"],
        customer_name=order["customer"]["trading_name"],
        batch_title=order["label"]["batch_title"],
        copies=order["label"]["copies"],
        artwork_pdf=printer.spool_dir / f"{order['reference']}.pdf",
    )
    return printer.submit(job)
