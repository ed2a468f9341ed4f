"""Uploads diagnostics from the Raspberry Pi controllers fitted to hire organs.

Each controller drives the MIDI valve box of a fairground organ on site; when a
fault is raised the controller posts a diagnostics bundle to the support API.
"""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time
from typing import Any, Dict

import requests

log = logging.getLogger("controller.diagnostics")

SUPPORT_URL = os.environ.get("SUPPORT_API_URL", "https://support.organgrinder.example/api")
CA_BUNDLE = os.environ.get("SUPPORT_CA_BUNDLE", "/etc/organgrinder/ca.pem")


def _runtime_context() -> Dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "environment": dict(os.environ),
    }


def _hardware_state() -> Dict[str, Any]:
    usage = shutil.disk_usage("/")
    load1, load5, load15 = os.getloadavg()
    return {
        "disk_free_mb": usage.free // (1024 * 1024),
        "load": [load1, load5, load15],
        "uptime_s": time.monotonic(),
    }


class DiagnosticsUploader:
    def __init__(self, organ_id: str, device_token: str) -> None:
        self.organ_id = organ_id
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Device {device_token}"
        self.session.verify = CA_BUNDLE

    def build_bundle(self, fault_code: str, valve_errors: list[int]) -> Dict[str, Any]:
        return {
            "organ_id": self.organ_id,
            "fault_code": fault_code,
            "valve_errors": valve_errors,
            "hardware": _hardware_state(),
            "runtime": _runtime_context(),
            "sent_at": int(time.time()),
        }

    def upload(self, fault_code: str, valve_errors: list[int]) -> bool:
        bundle = self.build_bundle(fault_code, valve_errors)
        try:
            resp = self.session.post(
                f"{SUPPORT_URL}/organs/{self.organ_id}/diagnostics", json=bundle, timeout=20
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("diagnostics upload failed for %s: %s", self.organ_id, exc)
            return False
        log.info("diagnostics uploaded for %s (fault %s)", self.organ_id, fault_code)
        return True
