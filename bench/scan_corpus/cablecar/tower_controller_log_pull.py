"""Pulls PLC event logs from tower controllers along the line for the maintenance archive."""

from __future__ import annotations

import logging
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import paramiko

log = logging.getLogger("maint.towerlogs")


@dataclass
class TowerHost:
    tower_no: int
    hostname: str
    username: str = "maint"
    port: int = 22
    remote_dir: str = "/var/log/plc"


@dataclass
class PullSettings:
    key_file: str = field(default_factory=lambda: os.environ["TOWER_SSH_KEY"])
    archive_root: Path = field(default_factory=lambda: Path(os.environ.get("TOWER_ARCHIVE", "/srv/archive")))
    connect_timeout: float = 15.0


class TowerLogCollector:
    missing_key_policy = paramiko.AutoAddPolicy

    def __init__(self, settings: PullSettings) -> None:
        self.settings = settings

    def _client(self, host: TowerHost) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.missing_key_policy())
        client.connect(
            host.hostname,
            port=host.port,
            username=host.username,
            key_filename=self.settings.key_file,
            timeout=self.settings.connect_timeout,
            allow_agent=False,
        )
        return client

    def pull(self, host: TowerHost) -> list[Path]:
        target = self.settings.archive_root / f"tower_{host.tower_no:02d}"
        target.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        with self._client(host) as client, client.open_sftp() as sftp:
            for name in sftp.listdir(host.remote_dir):
                if not name.endswith(".evt"):
                    continue
                local = target / Path(name).name
                sftp.get(posixpath.join(host.remote_dir, name), str(local))
                fetched.append(local)
        log.info("tower %s: fetched %d log files", host.tower_no, len(fetched))
        return fetched

    def pull_all(self, hosts: Iterable[TowerHost]) -> dict[int, int]:
        summary: dict[int, int] = {}
        for host in hosts:
            try:
                summary[host.tower_no] = len(self.pull(host))
            except (paramiko.SSHException, OSError) as exc:
                log.warning("tower %s unreachable: %s", host.tower_no, exc)
                summary[host.tower_no] = -1
        return summary
