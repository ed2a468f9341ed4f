"""Builds a support bundle for the hosting team when a deploy misbehaves."""
from __future__ import annotations

import io
import json
import logging
import platform
import tarfile
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("shepherdhut.support")

PACKAGES = ("flask", "sqlalchemy", "requests", "icalendar", "celery")


@dataclass
class SupportBundle:
    env_file: Path
    log_dir: Path
    max_log_bytes: int = 512 * 1024

    def configured_keys(self) -> list[str]:
        return sorted(dotenv_values(self.env_file).keys())

    def manifest(self) -> dict:
        versions = {}
        for name in PACKAGES:
            try:
                versions[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                versions[name] = None
        return {
            "created": datetime.now(timezone.utc).isoformat(),
            "python": platform.python_version(),
            "packages": versions,
            "settings_present": self.configured_keys(),
        }

    def build(self) -> bytes:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            data = json.dumps(self.manifest(), indent=2).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            for log_file in sorted(self.log_dir.glob("*.log")):
                tail = log_file.read_bytes()[-self.max_log_bytes:]
                info = tarfile.TarInfo(f"logs/{log_file.name}")
                info.size = len(tail)
                tar.addfile(info, io.BytesIO(tail))
        return buf.getvalue()


def upload_bundle(bundle: SupportBundle, upload_url: str, ticket: str) -> None:
    resp = requests.post(
        upload_url,
        files={"bundle": (f"support-{ticket}.tar.gz", bundle.build(), "application/gzip")},
        data={"ticket": ticket},
        timeout=60,
    )
    resp.raise_for_status()
    log.info("support bundle for ticket %s uploaded", ticket)
