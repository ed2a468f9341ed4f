"""Upload daily settlement files from the site server to the franchise back office SFTP."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import paramiko

SETTLEMENT_DIR = Path("/var/lib/carwash/settlements")

SFTP_OPTIONS: dict[str, Any] = {
    "port": 22,
    "username": "site_uploader",
    "password": "Wa$hB4y-Upl0ad!2024",
    "look_for_keys": False,
    "allow_agent": False,
    "timeout": 20,
}


def _open_client(host: str, **opts: Any) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, **opts)
    return client


def pending_files(directory: Path = SETTLEMENT_DIR) -> list[Path]:
    return sorted(p for p in directory.glob("settlement_*.csv") if not p.with_suffix(".sent").exists())


def push_settlements(site_code: str) -> int:
    host = os.environ["BACKOFFICE_SFTP_HOST"]
    client = _open_client(host, **SFTP_OPTIONS)
    sent = 0
    try:
        sftp = client.open_sftp()
        remote_dir = f"/inbound/{site_code}"
        try:
            sftp.stat(remote_dir)
        except FileNotFoundError:
            sftp.mkdir(remote_dir)
        for path in pending_files():
            sftp.put(str(path), f"{remote_dir}/{path.name}")
            path.with_suffix(".sent").touch()
            sent += 1
        sftp.close()
    finally:
        client.close()
    return sent


if __name__ == "__main__":
    print(push_settlements(os.environ["SITE_CODE"]))
