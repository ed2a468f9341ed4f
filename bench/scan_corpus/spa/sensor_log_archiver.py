"""Archive sauna and pool sensor logs on request from the facilities portal.

Facilities managers pick a site and a date range in the portal; the gateway
bundles the matching log files so they can be attached to service tickets.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date

from flask import Flask, jsonify, request

app = Flask(__name__)

LOG_ROOT = "/var/log/spa-sensors"
ARCHIVE_ROOT = "/srv/spa-archives"


@dataclass
class ArchiveCommand:
    site: str
    start: date
    end: date
    sensor_kind: str = "sauna"

    def archive_name(self) -> str:
        return f"{ARCHIVE_ROOT}/{self.site}-{self.sensor_kind}-{self.start:%Y%m%d}-{self.end:%Y%m%d}.tar.gz"

    def render(self) -> str:
        pattern = f"{LOG_ROOT}/{self.site}/{self.sensor_kind}-*.log"
        return (
            f"find {pattern} -newermt {self.start.isoformat()} ! -newermt {self.end.isoformat()} "
            f"-print0 | tar --null -czf {self.archive_name()} --files-from=-"
        )


class ArchiveRunner:
    def __init__(self, timeout: int = 300) -> None:
        self.timeout = timeout

    def run(self, command: ArchiveCommand) -> str:
        subprocess.run(command.render(), shell=True, check=True, timeout=self.timeout)
        return command.archive_name()


@app.post("/facilities/sensor-archives")
def create_archive():
    body = request.get_json(force=True)
    command = ArchiveCommand(
        site=body["site"],
        start=date.fromisoformat(body["start"]),
        end=date.fromisoformat(body["end"]),
        sensor_kind=body.get("sensor_kind", "sauna"),
    )
    path = ArchiveRunner().run(command)
    return jsonify({"archive": path}), 201
