"""Report gateway diagnostics from the shaft-top edge computers.

Each edge box sends a heartbeat with its software build and runtime state to
the monitoring service so the systems team can spot stale deployments.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
from dataclasses import dataclass, field

import requests

REPORTABLE_VARS = ("EDGE_BUILD", "EDGE_CHANNEL", "SITE_CODE", "SHAFT_ID")


@dataclass
class Heartbeat:
    hostname: str
    python: str
    disk_free_gb: float
    build: dict[str, str] = field(default_factory=dict)

    @classmethod
    def collect(cls, spool_dir: str = "/var/spool/tbm") -> "Heartbeat":
        usage = shutil.disk_usage(spool_dir)
        return cls(
            hostname=socket.gethostname(),
            python=platform.python_version(),
            disk_free_gb=round(usage.free / 1024**3, 1),
            build={k: os.environ[k] for k in REPORTABLE_VARS if k in os.environ},
        )

    def as_payload(self) -> dict:
        return {
            "host": self.hostname,
            "python": self.python,
            "disk_free_gb": self.disk_free_gb,
            **self.build,
        }


class DiagnosticsReporter:
    def __init__(self, endpoint: str | None = None, ca_bundle: str | None = None) -> None:
        self.endpoint = endpoint or os.environ["DIAGNOSTICS_ENDPOINT"]
        self.ca_bundle = ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE", True)

    def send(self, beat: Heartbeat) -> int:
        resp = requests.post(
            self.endpoint, json=beat.as_payload(), timeout=10, verify=self.ca_bundle
        )
        return resp.status_code


if __name__ == "__main__":
    print(DiagnosticsReporter().send(Heartbeat.collect()))
