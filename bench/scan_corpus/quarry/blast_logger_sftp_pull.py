"""Collects shot logs from the blast logger units over SFTP at the end of each shift."""
from __future__ import annotations

import logging
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("blast.logger_pull")


@dataclass
class LoggerUnit:
    name: str
    host: str
    username: str
    key_file: Path
    remote_dir: str = "/data/shots"


class ShotLogCollector:
    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 15

    def __init__(self, landing_dir: Path) -> None:
        self.landing_dir = landing_dir

    def _open(self, unit: LoggerUnit) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            unit.host,
            username=unit.username,
            key_filename=str(unit.key_file),
            timeout=self.connect_timeout,
        )
        return client

    def pull(self, unit: LoggerUnit) -> list[Path]:
        fetched: list[Path] = []
        target = self.landing_dir / unit.name
        target.mkdir(parents=True, exist_ok=True)
        client = self._open(unit)
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(unit.remote_dir):
                if not stat.S_ISREG(entry.st_mode or 0) or not entry.filename.endswith(".csv"):
                    continue
                local = target / Path(entry.filename).name
                sftp.get(f"{unit.remote_dir}/{entry.filename}", str(local))
                fetched.append(local)
        finally:
            client.close()
        log.info("pulled %d shot logs from %s", len(fetched), unit.name)
        return fetched
