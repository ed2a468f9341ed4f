"""On-device spool for proof-of-play records.

The player agent appends one JSON line per play to an hourly spool file
and the uploader ships closed files.  The spool is shared between the
agent and uploader, which run as the same service user and group.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("POP_SPOOL_DIR", "/var/spool/player-pop"))
DIR_MODE = 0o750
FILE_MODE = 0o640


@dataclass
class PlayRecord:
    creative_id: str
    booking_id: int
    started_at: float
    duration_ms: int
    face: str = "A"


class PopSpooler:
    def __init__(self, spool_dir: Path = SPOOL_DIR) -> None:
        self._dir = spool_dir
        self._dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        self._current: tuple[str, int] | None = None

    def _hour_file(self, ts: float) -> Path:
        return self._dir / time.strftime("pop-%Y%m%d%H.jsonl", time.gmtime(ts))

    def _fd_for(self, path: Path) -> int:
        if self._current and self._current[0] == str(path):
            return self._current[1]
        if self._current:
            os.close(self._current[1])
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        self._current = (str(path), fd)
        return fd

    def append(self, record: PlayRecord) -> None:
        line = (json.dumps(asdict(record), separators=(",", ":")) + "\n").encode("utf-8")
        os.write(self._fd_for(self._hour_file(record.started_at)), line)

    def closed_files(self) -> list[Path]:
        current = self._hour_file(time.time())
        return sorted(p for p in self._dir.glob("pop-*.jsonl") if p != current)

    def close(self) -> None:
        if self._current:
            os.close(self._current[1])
            self._current = None
