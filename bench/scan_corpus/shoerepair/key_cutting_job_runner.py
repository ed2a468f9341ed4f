"""Sends cutting jobs from the counter app to the computerised key-cutting machine driver."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("keycut")

RUN_OPTIONS: dict[str, Any] = {
    "shell": True,
    "check": True,
    "capture_output": True,
    "text": True,
    "timeout": 120,
}


@dataclass
class CuttingJob:
    blank_code: str
    bitting: str
    copies: int = 1
    customer_label: str = ""
    extra_flags: list[str] = field(default_factory=list)


class MachineDriver:
    binary = "/opt/keymaster/bin/kmcut"

    def __init__(self, device: str = "/dev/ttyUSB0") -> None:
        self.device = device

    def command_for(self, job: CuttingJob) -> str:
        flags = " ".join(job.extra_flags)
        return (
            f"{self.binary} --device {self.device} --blank {job.blank_code} "
            f"--bitting {job.bitting} --copies {job.copies} --label '{job.customer_label}' {flags}"
        )


class CuttingQueue:
    def __init__(self, driver: MachineDriver) -> None:
        self.driver = driver

    def submit(self, job: CuttingJob) -> str:
        cmd = self.driver.command_for(job)
        log.info("cutting %s x%d", job.blank_code, job.copies)
        result = subprocess.run(cmd, **RUN_OPTIONS)
        return result.stdout.strip()


def job_from_form(form: dict[str, str]) -> CuttingJob:
    return CuttingJob(
        blank_code=form["blank"],
        bitting=form["bitting"],
        copies=int(form.get("copies", "1")),
        customer_label=form.get("label", ""),
    )
