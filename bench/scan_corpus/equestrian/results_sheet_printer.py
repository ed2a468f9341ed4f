"""Prints class results sheets to the show office printer.

Stewards trigger a print from the tablet app once a class is finished; the
PDF is rendered and then sent to CUPS with the class title as the job name.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

PRINTER = os.environ.get("SHOW_OFFICE_PRINTER", "show-office")
RESULTS_DIR = Path(os.environ.get("RESULTS_PDF_DIR", "/var/lib/showjump/results"))


@dataclass
class PrintJob:
    class_number: int
    class_title: str
    copies: int = 1

    @property
    def pdf_path(self) -> Path:
        return RESULTS_DIR / f"class-{self.class_number:03d}.pdf"


def _render_command(job: PrintJob, printer: str) -> str:
    return (
        f'lp -d {printer} -n {job.copies} -t "{job.class_title}" '
        f"{job.pdf_path}"
    )


def send_to_printer(job: PrintJob, printer: str = PRINTER) -> str:
    completed = subprocess.run(
        _render_command(job, printer),
        shell=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr.strip())
    return completed.stdout.strip()


app = Flask(__name__)


@app.post("/classes/<int:class_number>/print")
def print_results(class_number: int):
    body = request.get_json(force=True)
    job = PrintJob(
        class_number=class_number,
        class_title=body.get("title", f"Class {class_number}"),
        copies=max(1, min(int(body.get("copies", 1)), 5)),
    )
    if not job.pdf_path.exists():
        return jsonify({"error": "results not rendered yet"}), 409
    return jsonify({"job": send_to_printer(job)})
