"""Pulls run logs from the still-house PLC gateways over SSH.

Each gateway keeps CSV logs of the spirit run (cut points, temperatures,
steam pressure) under /var/log/still. We copy new files into the data lake
landing folder once an hour.
"""
import logging
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

REMOTE_LOG_DIR = "/var/log/still"


class GatewayLogPuller:
    def __init__(self, host: str, username: str, key_path: str, landing: Path):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.landing = landing

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.WarningPolicy())
        client.connect(
            self.host,
            username=self.username,
            key_filename=self.key_path,
            timeout=15,
            allow_agent=False,
        )
        return client

    def pull_new(self, already_seen: set[str]) -> list[Path]:
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for name in sorted(sftp.listdir(REMOTE_LOG_DIR)):
                if not name.endswith(".csv") or name in already_seen:
                    continue
                local = self.landing / self.host / Path(name).name
                local.parent.mkdir(parents=True, exist_ok=True)
                sftp.get(posixpath.join(REMOTE_LOG_DIR, name), str(local))
                fetched.append(local)
            sftp.close()
        finally:
            client.close()
        log.info("pulled %d run logs from %s", len(fetched), self.host)
        return fetched
