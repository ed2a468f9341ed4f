"""Pulls still snapshots from tower surveillance cameras over SSH."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import paramiko

REMOTE_STILL = "/var/lib/towercam/latest.jpg"


@dataclass
class CameraHost:
    tower: str
    hostname: str
    username: str = "camops"


class CameraFleet:
    def __init__(self, known_hosts: Path, key_path: Path, snapshot_dir: Path) -> None:
        self.known_hosts = known_hosts
        self.key_path = key_path
        self.snapshot_dir = snapshot_dir

    def _connect(self, host: CameraHost) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            host.hostname,
            username=host.username,
            key_filename=str(self.key_path),
            timeout=15,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def fetch_snapshot(self, host: CameraHost) -> Path:
        client = self._connect(host)
        try:
            _, stdout, stderr = client.exec_command(f"/usr/local/bin/capture-still --out {REMOTE_STILL}", timeout=30)
            if stdout.channel.recv_exit_status() != 0:
                raise RuntimeError(f"capture failed on {host.tower}: {stderr.read().decode(errors='replace')[:200]}")
            local = self.snapshot_dir / f"{host.tower}.jpg"
            with client.open_sftp() as sftp:
                sftp.get(REMOTE_STILL, str(local))
            return local
        finally:
            client.close()


def fleet_from_inventory(inventory: Dict[str, str]) -> List[CameraHost]:
    return [CameraHost(tower=tower, hostname=hostname) for tower, hostname in sorted(inventory.items())]


def default_fleet() -> CameraFleet:
    return CameraFleet(
        known_hosts=Path(os.environ["TOWERCAM_KNOWN_HOSTS"]),
        key_path=Path(os.environ["TOWERCAM_SSH_KEY"]),
        snapshot_dir=Path(os.environ.get("TOWERCAM_SNAPSHOT_DIR", "/srv/towercam")),
    )
