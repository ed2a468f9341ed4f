"""Local spool for freezer probe readings while the parlour uplink is down."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class SpoolSettings:
    root: Path = Path("/var/spool/freezer-probes")
    dir_mode: int = 0o777
    max_files: int = 5000


class ReadingSpool:
    def __init__(self, settings: SpoolSettings = SpoolSettings()) -> None:
        self.settings = settings
        self._ready = False

    def _ensure_root(self) -> Path:
        if not self._ready:
            self.settings.root.mkdir(parents=True, exist_ok=True)
            os.chmod(self.settings.root, self.settings.dir_mode)
            self._ready = True
        return self.settings.root

    def push(self, cabinet: str, celsius: float) -> Path:
        root = self._ensure_root()
        if sum(1 for _ in root.glob("*.json")) >= self.settings.max_files:
            raise RuntimeError("freezer spool is full")
        now = datetime.now(timezone.utc)
        path = root / f"{now:%Y%m%dT%H%M%S%f}-{cabinet}.json"
        path.write_text(json.dumps({"cabinet": cabinet, "celsius": celsius, "ts": now.isoformat()}))
        return path

    def drain(self) -> Iterator[dict]:
        root = self._ensure_root()
        for path in sorted(root.glob("*.json")):
            yield json.loads(path.read_text())
            path.unlink()
