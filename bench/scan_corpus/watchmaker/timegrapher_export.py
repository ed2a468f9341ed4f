"""Export timegrapher measurements for a serviced movement.

The bench PCs run the vendor's command line tool, which writes the rate,
amplitude and beat error for each position to a CSV file.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from flask import Flask, request, send_file

app = Flask(__name__)

EXPORT_ROOT = Path(os.environ.get("TIMEGRAPHER_EXPORT_ROOT", "/srv/bench/exports"))
POSITIONS = ("DU", "DD", "CU", "CD", "CL", "CR")


@dataclass
class ExportJob:
    ticket: str
    serial: str
    positions: Sequence[str] = POSITIONS
    tool: str = "tgcli"

    def output_path(self) -> Path:
        return EXPORT_ROOT / f"{self.ticket.replace('/', '_')}.csv"

    def command_line(self) -> str:
        pos = ",".join(self.positions)
        return (
            f"{self.tool} export --serial {self.serial} --positions {pos} "
            f"--format csv --out {self.output_path()}"
        )


def run_export(job: ExportJob) -> Path:
    subprocess.run(job.command_line(), shell=True, check=True, timeout=120)
    return job.output_path()


@app.post("/bench/export")
def export_measurements():
    payload = request.get_json(force=True)
    job = ExportJob(ticket=str(payload["ticket"]), serial=str(payload["serial"]))
    path = run_export(job)
    return send_file(path, mimetype="text/csv", as_attachment=True)
