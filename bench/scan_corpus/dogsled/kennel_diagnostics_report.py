"""Sends a short health report from each kennel site's edge box to the ops dashboard."""
from __future__ import annotations

import os
import platform
import shutil
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import httpx

REPORTED_ENV_KEYS = ("KENNEL_SITE", "APP_VERSION", "TZ", "DEPLOY_CHANNEL")


@dataclass
class EdgeReport:
    hostname: str
    site: str
    generated_at: str
    disk_free_gb: float
    python: str
    environment: dict[str, str] = field(default_factory=dict)


class ReportBuilder:
    def __init__(self, data_dir: str = "/srv/kennel") -> None:
        self.data_dir = data_dir

    @staticmethod
    def selected_environment(keys: tuple[str, ...] = REPORTED_ENV_KEYS) -> dict[str, str]:
        return {k: os.environ[k] for k in keys if k in os.environ}

    def build(self) -> EdgeReport:
        env = self.selected_environment()
        return EdgeReport(
            hostname=socket.gethostname(),
            site=env.get("KENNEL_SITE", "unknown"),
            generated_at=datetime.now(timezone.utc).isoformat(),
            disk_free_gb=round(shutil.disk_usage(self.data_dir).free / 1e9, 2),
            python=platform.python_version(),
            environment=env,
        )


class OpsDashboard:
    def __init__(self, url: str, token: str) -> None:
        self._url = url
        self._token = token

    def submit(self, report: EdgeReport) -> None:
        httpx.post(
            self._url,
            json=asdict(report),
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=10.0,
        ).raise_for_status()


if __name__ == "__main__":
    OpsDashboard(os.environ["OPS_DASHBOARD_URL"], os.environ["OPS_DASHBOARD_TOKEN"]).submit(ReportBuilder().build())
