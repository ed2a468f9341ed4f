"""Collect a support bundle for the shop platform vendor when the stall tablet misbehaves.

Run on the tablet: python -m broomworks.support_bundle --ticket 4821
"""

import argparse
import io
import json
import platform
import tarfile
import time
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_DIR = Path("/opt/broomworks-till")
LOG_DIR = APP_DIR / "logs"
SUPPORT_UPLOAD = "https://support.tillvendor.example/api/tickets/{ticket}/attachments"


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))


def build_bundle(max_logs: int = 5) -> bytes:
    config = dotenv_values(APP_DIR / ".env")
    system = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        _add_bytes(tar, "system.json", json.dumps(system, indent=2).encode())
        _add_bytes(tar, "config.json", json.dumps(config, indent=2).encode())
        logs = sorted(LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
        for log_file in logs[:max_logs]:
            tar.add(log_file, arcname=f"logs/{log_file.name}")
    return buf.getvalue()


def upload(ticket: int, bundle: bytes) -> None:
    resp = requests.post(
        SUPPORT_UPLOAD.format(ticket=ticket),
        files={"file": (f"till-bundle-{ticket}.tar.gz", bundle, "application/gzip")},
        timeout=60,
    )
    resp.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticket", type=int, required=True)
    parser.add_argument("--logs", type=int, default=5)
    args = parser.parse_args()
    bundle = build_bundle(args.logs)
    upload(args.ticket, bundle)
    print(f"uploaded {len(bundle)} bytes to ticket {args.ticket}")


if __name__ == "__main__":
    main()
