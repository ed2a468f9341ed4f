"""Builds the diagnostics archive a user can send to support from the app."""
from __future__ import annotations

import json
import os
import platform
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class DiagnosticsOptions:
    log_dir: Path
    include_logs: bool = True
    max_log_files: int = 5
    extra: dict[str, str] = field(default_factory=dict)


class DiagnosticsBundler:
    def __init__(self, hub_id: str, firmware_version: str) -> None:
        self.hub_id = hub_id
        self.firmware_version = firmware_version

    def _summary(self, options: DiagnosticsOptions) -> bytes:
        return json.dumps(
            {
                "hub_id": self.hub_id,
                "firmware": self.firmware_version,
                "python": platform.python_version(),
                "extra": options.extra,
            },
            indent=2,
        ).encode()

    def build(self, options: DiagnosticsOptions) -> Path:
        fd, archive_path = tempfile.mkstemp(prefix="hub-diag-", suffix=".tar.gz")
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            with tempfile.NamedTemporaryFile("wb", suffix=".json") as summary:
                summary.write(self._summary(options))
                summary.flush()
                tar.add(summary.name, arcname="summary.json")
            if options.include_logs:
                logs = sorted(options.log_dir.glob("*.log"), key=lambda p: p.stat().st_mtime)
                for log_file in logs[-options.max_log_files:]:
                    tar.add(log_file, arcname=f"logs/{log_file.name}")
        return Path(archive_path)
