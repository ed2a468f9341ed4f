"""Spools heater telemetry to disk on the cabin gateway when the uplink is down."""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List


@dataclass(frozen=True)
class SpoolSettings:
    directory: Path = Path(os.environ.get("TELEMETRY_SPOOL_DIR", "/var/spool/heaterd"))
    dir_mode: int = 0o750
    file_mode: int = 0o640
    process_umask: int = 0o027
    max_files: int = 5000


@contextmanager
def restricted_umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


class TelemetrySpool:
    def __init__(self, settings: SpoolSettings = SpoolSettings()) -> None:
        self.settings = settings
        with restricted_umask(settings.process_umask):
            settings.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(settings.directory, settings.dir_mode)

    def append(self, frames: List[dict]) -> Path:
        name = f"{time.time_ns()}.jsonl"
        final = self.settings.directory / name
        partial = final.with_suffix(".part")
        with restricted_umask(self.settings.process_umask):
            with partial.open("w", encoding="utf-8") as fh:
                for frame in frames:
                    fh.write(json.dumps(frame, separators=(",", ":")) + "\n")
        os.chmod(partial, self.settings.file_mode)
        os.replace(partial, final)
        return final

    def drain(self) -> Iterator[dict]:
        for path in sorted(self.settings.directory.glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    yield json.loads(line)
            path.unlink()

    def pending(self) -> int:
        return sum(1 for _ in self.settings.directory.glob("*.jsonl"))
