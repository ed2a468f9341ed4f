"""Buffers sensor readings on local disk while the farm uplink is offline."""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class SpoolLayout:
    root: Path = Path("/var/spool/growctl")
    segment_max_rows: int = 5000
    dir_mode: int = 0o755
    segment_mode: int = 0o666


class SpoolSegment:
    def __init__(self, path: Path, layout: SpoolLayout) -> None:
        self.path = path
        self.layout = layout
        self.rows = 0

    def append(self, reading: dict) -> None:
        fresh = not self.path.exists()
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(reading, separators=(",", ":")) + "\n")
        if fresh:
            os.chmod(self.path, self.layout.segment_mode)
        self.rows += 1


class TelemetrySpool:
    def __init__(self, layout: SpoolLayout | None = None) -> None:
        self.layout = layout or SpoolLayout()
        self.layout.root.mkdir(parents=True, exist_ok=True, mode=self.layout.dir_mode)
        self._segment: SpoolSegment | None = None

    def _current(self) -> SpoolSegment:
        if self._segment is None or self._segment.rows >= self.layout.segment_max_rows:
            name = f"segment-{int(time.time() * 1000)}.jsonl"
            self._segment = SpoolSegment(self.layout.root / name, self.layout)
        return self._segment

    def write(self, reading: dict) -> None:
        self._current().append(reading)

    def drain(self) -> Iterator[dict]:
        for segment in sorted(self.layout.root.glob("segment-*.jsonl")):
            with segment.open(encoding="utf-8") as handle:
                for line in handle:
                    yield json.loads(line)
            segment.unlink()
