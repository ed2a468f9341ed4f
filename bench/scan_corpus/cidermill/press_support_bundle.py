"""Collects a support bundle from the press-room PC and uploads it for the maintainer.

Run by a volunteer when the press controller software misbehaves.
"""
from __future__ import annotations

import io
import json
import os
import platform
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import requests

APP_DIR = Path(os.environ.get("PRESS_APP_DIR", "/opt/press-controller"))
LOG_DIR = APP_DIR / "logs"
SUPPORT_UPLOAD_URL = os.environ["PRESS_SUPPORT_UPLOAD_URL"]
BUNDLE_FILES = ("config.toml", ".env", "version.txt")


def _collect_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name in BUNDLE_FILES:
        path = APP_DIR / name
        if path.is_file():
            files[name] = path.read_bytes()
    for log_file in sorted(LOG_DIR.glob("*.log"))[-5:]:
        files[f"logs/{log_file.name}"] = log_file.read_bytes()
    return files


def _manifest() -> bytes:
    return json.dumps(
        {
            "host": platform.node(),
            "os": platform.platform(),
            "created": datetime.now(timezone.utc).isoformat(),
        },
        indent=2,
    ).encode()


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        entries = {"manifest.json": _manifest(), **_collect_files()}
        for name, data in entries.items():
            info = tarfile.TarInfo(name=name)
            info.size = len(data)
            info.mtime = int(datetime.now(timezone.utc).timestamp())
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def upload(ticket: str) -> str:
    bundle = build_bundle()
    resp = requests.post(
        SUPPORT_UPLOAD_URL,
        files={"bundle": (f"press-support-{ticket}.tar.gz", bundle, "application/gzip")},
        data={"ticket": ticket},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Upload a press controller support bundle")
    parser.add_argument("ticket", help="support ticket number")
    print("uploaded bundle", upload(parser.parse_args().ticket))
