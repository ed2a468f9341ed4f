"""Uploads a diagnostics bundle from the press-room PC for the maintainer.

Configuration is included with every value whose key looks like a
credential replaced by a placeholder; the ``.env`` file is never read.
"""
from __future__ import annotations

import io
import json
import os
import platform
import re
import tarfile
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import requests

APP_DIR = Path(os.environ.get("PRESS_APP_DIR", "/opt/press-controller"))
UPLOAD_URL = os.environ["PRESS_SUPPORT_UPLOAD_URL"]
SENSITIVE_KEY = re.compile(r"(pass|secret|token|key|dsn|credential)", re.IGNORECASE)


def redact(value, key: str = ""):
    if isinstance(value, dict):
        return {k: redact(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, key) for v in value]
    return "***" if SENSITIVE_KEY.search(key) else value


def _redacted_config() -> bytes:
    path = APP_DIR / "config.toml"
    if not path.is_file():
        return b"{}"
    with path.open("rb") as fh:
        return json.dumps(redact(tomllib.load(fh)), indent=2, default=str).encode()


def build_bundle() -> bytes:
    entries = {
        "manifest.json": json.dumps(
            {"host": platform.node(), "created": datetime.now(timezone.utc).isoformat()}
        ).encode(),
        "config.redacted.json": _redacted_config(),
    }
    for log_file in sorted((APP_DIR / "logs").glob("*.log"))[-5:]:
        entries[f"logs/{log_file.name}"] = log_file.read_bytes()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in entries.items():
            info = tarfile.TarInfo(name=name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def upload(ticket: str) -> str:
    resp = requests.post(
        UPLOAD_URL,
        files={"bundle": (f"press-diag-{ticket}.tar.gz", build_bundle(), "application/gzip")},
        data={"ticket": ticket},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


if __name__ == "__main__":
    import sys

    print("uploaded bundle", upload(sys.argv[1]))
