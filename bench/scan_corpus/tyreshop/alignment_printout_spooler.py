"""Prints the customer copy of a wheel alignment report at the shop counter.

The alignment machine bridge drops a PDF per finished job; the counter PC
prints it on the front-desk printer with the customer's name and plate in
the job title so the receptionist can find it in the tray.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("alignment.print")

PRINT_COMMAND = "lp -d {printer} -n {copies} -t \"{title}\" {pdf}"
RUN_OPTIONS = {"shell": True, "check": True, "timeout": 60}


@dataclass
class AlignmentJob:
    job_id: int
    plate: str
    customer_name: str
    report_pdf: Path


@dataclass
class CounterPrinter:
    queue: str
    copies: int = 1


def job_title(job: AlignmentJob) -> str:
    return f"Alignment {job.plate} - {job.customer_name}"


def build_print_command(job: AlignmentJob, printer: CounterPrinter) -> str:
    return PRINT_COMMAND.format(
        printer=printer.queue,
        copies=printer.copies,
        title=job_title(job),
        pdf=job.report_pdf,
    )


def print_report(job: AlignmentJob, printer: CounterPrinter) -> bool:
    if not job.report_pdf.exists():
        log.warning("report for job %s missing at %s", job.job_id, job.report_pdf)
        return False
    command = build_print_command(job, printer)
    try:
        subprocess.run(command, **RUN_OPTIONS)
    except subprocess.CalledProcessError as exc:
        log.error("printing job %s failed with %s", job.job_id, exc.returncode)
        return False
    log.info("printed alignment report for job %s", job.job_id)
    return True


def print_pending(jobs: list[AlignmentJob], printer: CounterPrinter) -> int:
    return sum(1 for job in jobs if print_report(job, printer))
