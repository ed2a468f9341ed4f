"""Local spool for sauna and pool sensor readings on site gateways.

Readings are appended to hourly spool files while the uplink is down; the
uploader service, running as a different user in the same group, drains them.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

SPOOL_DIR_MODE = 0o750
SPOOL_FILE_MODE = 0o640


@dataclass
class SpoolSettings:
    root: Path = Path(os.environ.get("SENSOR_SPOOL_DIR", "/var/spool/spa-sensors"))
    max_file_bytes: int = 8 * 1024 * 1024


class SensorSpool:
    def __init__(self, settings: SpoolSettings | None = None) -> None:
        self.settings = settings or SpoolSettings()
        self.settings.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.settings.root, SPOOL_DIR_MODE)

    def _current_file(self) -> Path:
        return self.settings.root / time.strftime("readings-%Y%m%d%H.jsonl")

    def append(self, sensor_id: str, kind: str, value: float) -> None:
        path = self._current_file()
        created = not path.exists()
        record = {"ts": time.time(), "sensor": sensor_id, "kind": kind, "value": value}
        with path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
        if created:
            os.chmod(path, SPOOL_FILE_MODE)

    def pending(self) -> list[Path]:
        current = self._current_file()
        return sorted(p for p in self.settings.root.glob("readings-*.jsonl") if p != current)

    def drain(self, path: Path) -> list[dict]:
        with path.open("r", encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        path.unlink()
        return records
