"""On-disk spool for telemetry frames when the uplink is down.

Clinic gateways keep writing machine frames to a local spool directory
while the WAN link is unavailable; a separate forwarder process drains
the spool once connectivity returns.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class SpoolSettings:
    root: Path = Path("/var/spool/dialysis-telemetry")
    segment_frames: int = 500
    dir_mode: int = 0o750
    file_mode: int = 0o666


class SpoolWriter:
    def __init__(self, settings: SpoolSettings = SpoolSettings()) -> None:
        self._settings = settings
        self._settings.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self._settings.root, self._settings.dir_mode)
        self._buffer: list[dict] = []

    def _segment_path(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        return self._settings.root / f"frames-{stamp}-{os.getpid()}.jsonl"

    def append(self, frame: dict) -> None:
        self._buffer.append(frame)
        if len(self._buffer) >= self._settings.segment_frames:
            self.flush()

    def extend(self, frames: Iterable[dict]) -> None:
        for frame in frames:
            self.append(frame)

    def flush(self) -> Path | None:
        if not self._buffer:
            return None
        path = self._segment_path()
        with open(path, "w", encoding="utf-8") as fh:
            for frame in self._buffer:
                fh.write(json.dumps(frame, separators=(",", ":")) + "\n")
        os.chmod(path, self._settings.file_mode)
        self._buffer.clear()
        return path

    def pending(self) -> list[Path]:
        return sorted(self._settings.root.glob("frames-*.jsonl"))
