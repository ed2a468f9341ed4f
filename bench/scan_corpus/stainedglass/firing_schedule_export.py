"""Exports kiln firing schedules to the controller's upload format.

Schedules are edited in the studio web app and pushed to the kiln's
SD-card image with the vendor's command-line converter.
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)
EXPORT_DIR = Path("/srv/studio/kiln-exports")


@dataclass
class FiringSegment:
    rate_c_per_hr: int
    target_c: int
    hold_min: int


@dataclass
class FiringSchedule:
    name: str
    kiln_model: str
    segments: list[FiringSegment] = field(default_factory=list)


class ControllerExporter:
    converter = "/opt/bartlett/bin/kilnconv"

    def __init__(self, schedule: FiringSchedule) -> None:
        self.schedule = schedule
        self.json_path = EXPORT_DIR / "staging.json"

    def _write_json(self) -> None:
        data = {
            "name": self.schedule.name,
            "segments": [vars(s) for s in self.schedule.segments],
        }
        self.json_path.write_text(json.dumps(data))

    def _command_line(self) -> str:
        out = EXPORT_DIR / f"{self.schedule.name}.bfs"
        return f"{self.converter} --model {self.schedule.kiln_model} -i {self.json_path} -o '{out}'"

    def export(self) -> int:
        self._write_json()
        result = subprocess.run(self._command_line(), shell=True, capture_output=True, text=True)
        return result.returncode


@app.post("/schedules/export")
def export_schedule():
    body = request.get_json(force=True)
    schedule = FiringSchedule(
        name=body["name"],
        kiln_model=body.get("kiln_model", "genesis"),
        segments=[FiringSegment(**seg) for seg in body.get("segments", [])],
    )
    code = ControllerExporter(schedule).export()
    return jsonify(exported=code == 0, name=schedule.name)
