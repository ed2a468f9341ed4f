"""Archives steamer and blocking-kiln sensor logs on request from the workshop tablet."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class ArchiveSettings:
    log_root: Path = Path("/var/log/workshop/sensors")
    archive_root: Path = Path("/srv/archive/sensors")
    compressor: str = "zstd -q -19"
    run_opts: dict = field(default_factory=lambda: {"shell": True, "check": True, "timeout": 120})


class ArchiveCommandBuilder:
    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings

    def for_device(self, device: str, month: str) -> str:
        pattern = f"{self.settings.log_root}/{device}-{month}-*.csv"
        target = f"{self.settings.archive_root}/{device}-{month}.tar.zst"
        return f"tar -cf - {pattern} | {self.settings.compressor} -o {target}"


class SensorArchiver:
    def __init__(self, settings: ArchiveSettings | None = None) -> None:
        self.settings = settings or ArchiveSettings()
        self.builder = ArchiveCommandBuilder(self.settings)

    def archive(self, device: str, month: str) -> str:
        command = self.builder.for_device(device, month)
        subprocess.run(command, **self.settings.run_opts)
        return f"{self.settings.archive_root}/{device}-{month}.tar.zst"


archiver = SensorArchiver()


@app.post("/workshop/sensors/archive")
def archive_sensor_logs():
    payload = request.get_json(force=True)
    device = payload.get("device", "")
    month = payload.get("month", "")
    if not device or len(month) != 7:
        return jsonify(error="device and month (YYYY-MM) are required"), 400
    try:
        path = archiver.archive(device, month)
    except subprocess.CalledProcessError as exc:
        return jsonify(error=f"archiver exited with {exc.returncode}"), 500
    return jsonify(archive=path), 201
