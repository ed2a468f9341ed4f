"""Pulls overnight snapshots from the solar trail cameras via their SSH gateway."""
from __future__ import annotations

import logging
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("trailcam")


@dataclass
class GatewayConfig:
    host: str
    username: str
    key_file: str
    remote_dir: str = "/var/spool/trailcam"
    port: int = 22


class CameraGatewaySession:
    """Opens an SSH/SFTP session to a trail camera gateway mast."""

    host_key_policy: paramiko.MissingHostKeyPolicy = paramiko.AutoAddPolicy()

    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._client = paramiko.SSHClient()

    def __enter__(self) -> paramiko.SFTPClient:
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(self.host_key_policy)
        self._client.connect(
            self._config.host,
            port=self._config.port,
            username=self._config.username,
            key_filename=self._config.key_file,
            timeout=20,
        )
        return self._client.open_sftp()

    def __exit__(self, *exc) -> None:
        self._client.close()


def fetch_snapshots(config: GatewayConfig, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with CameraGatewaySession(config) as sftp:
        for name in sorted(sftp.listdir(config.remote_dir)):
            if not name.endswith(".jpg"):
                continue
            local = dest / name
            sftp.get(posixpath.join(config.remote_dir, name), str(local))
            saved.append(local)
    log.info("fetched %d snapshots from %s", len(saved), config.host)
    return saved


if __name__ == "__main__":
    cfg = GatewayConfig(
        host=os.environ["TRAILCAM_GATEWAY"],
        username="trailcam",
        key_file=os.path.expanduser("~/.ssh/trailcam_ed25519"),
    )
    fetch_snapshots(cfg, Path("/srv/trailcam/incoming"))
