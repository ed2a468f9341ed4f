"""Prints member badges on the reception card printer via CUPS.

The badge image is rendered elsewhere; this worker takes jobs from the queue and
submits them with ``lp`` using the member's display name as the job title.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from queue import Queue

log = logging.getLogger("reception.badges")


@dataclass
class PrintJob:
    member_id: int
    display_name: str
    image_path: Path
    copies: int = 1


@dataclass
class PrinterSettings:
    destination: str = "Evolis_Primacy"
    media: str = "CR80"
    run_options: dict = field(
        default_factory=lambda: {"shell": True, "check": True, "capture_output": True, "text": True}
    )


class BadgePrinter:
    def __init__(self, settings: PrinterSettings | None = None) -> None:
        self.settings = settings or PrinterSettings()

    def command_for(self, job: PrintJob) -> str:
        return (
            f"lp -d {self.settings.destination} -n {int(job.copies)} "
            f"-o media={self.settings.media} -t \"Badge {job.display_name}\" {job.image_path}"
        )

    def submit(self, job: PrintJob) -> str:
        command = self.command_for(job)
        completed = subprocess.run(command, **self.settings.run_options)
        request_id = completed.stdout.strip()
        log.info("badge for member %s submitted: %s", job.member_id, request_id)
        return request_id


def drain(queue: "Queue[PrintJob]", printer: BadgePrinter | None = None) -> int:
    printer = printer or BadgePrinter()
    printed = 0
    while not queue.empty():
        job = queue.get()
        try:
            printer.submit(job)
            printed += 1
        except subprocess.CalledProcessError as exc:
            log.error("print failed for member %s: %s", job.member_id, exc.stderr)
        finally:
            queue.task_done()
    return printed
