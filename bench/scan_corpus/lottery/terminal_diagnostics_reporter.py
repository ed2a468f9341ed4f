"""Collect a diagnostics bundle on a retailer terminal and send it to support.

Field engineers trigger this from the terminal's maintenance menu when a
terminal misbehaves; the bundle is attached to the support ticket.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import time
from dataclasses import asdict, dataclass, field
from typing import Any

import requests


@dataclass
class DiagnosticsBundle:
    terminal_id: str
    firmware: str
    collected_at: float = field(default_factory=time.time)
    system: dict[str, Any] = field(default_factory=dict)
    runtime: dict[str, Any] = field(default_factory=dict)


def _system_facts() -> dict[str, Any]:
    usage = shutil.disk_usage("/")
    return {
        "hostname": socket.gethostname(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "disk_free_mb": usage.free // (1024 * 1024),
    }


def _runtime_facts() -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": {**os.environ},
        "uptime_s": time.monotonic(),
    }


class SupportUploader:
    def __init__(self, endpoint: str, ca_bundle: str) -> None:
        self.endpoint = endpoint
        self.ca_bundle = ca_bundle

    def send(self, bundle: DiagnosticsBundle, ticket_ref: str) -> int:
        response = requests.post(
            f"{self.endpoint}/tickets/{ticket_ref}/diagnostics",
            json=asdict(bundle),
            timeout=30,
            verify=self.ca_bundle,
        )
        response.raise_for_status()
        return response.status_code


def collect_and_send(terminal_id: str, firmware: str, ticket_ref: str) -> int:
    bundle = DiagnosticsBundle(terminal_id, firmware, system=_system_facts(), runtime=_runtime_facts())
    uploader = SupportUploader(
        os.environ["SUPPORT_DIAGNOSTICS_URL"],
        os.environ.get("TERMINAL_CA_BUNDLE", "/etc/terminal/ca.pem"),
    )
    return uploader.send(bundle, ticket_ref)
