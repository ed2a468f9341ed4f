"""Sends wristband label jobs to the CUPS printers behind each reception desk."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class LabelJob:
    printer: str
    booking_ref: str
    jumper_name: str
    colour: str
    copies: int = 1


class WristbandLabelPrinter:
    lp_binary = "/usr/bin/lp"
    run_opts = {"check": True, "timeout": 20, "capture_output": True, "text": True}
    media = "Custom.25x254mm"

    def _argv(self, job: LabelJob, label_file: Path) -> list[str]:
        return [
            self.lp_binary,
            "-d", job.printer,
            "-n", str(max(1, min(job.copies, 20))),
            "-o", f"media={self.media}",
            "-t", f"{job.booking_ref} {job.jumper_name}",
            "--",
            str(label_file),
        ]

    def _render(self, job: LabelJob, workdir: Path) -> Path:
        path = workdir / "label.txt"
        path.write_text(f"{job.jumper_name}\n{job.booking_ref}\n{job.colour.upper()}\n", encoding="utf-8")
        return path

    def print_label(self, job: LabelJob) -> str:
        with tempfile.TemporaryDirectory(prefix="wristband-") as tmp:
            label = self._render(job, Path(tmp))
            result = subprocess.run(self._argv(job, label), **self.run_opts)
        log.info("printed %s on %s: %s", job.booking_ref, job.printer, result.stdout.strip())
        return result.stdout
