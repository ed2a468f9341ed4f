"""Pull firing logs from the kiln controllers' embedded Linux boards over SSH."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("kilnlogs")


@dataclass
class ControllerLink:
    hostname: str
    username: str = "kilnlog"
    key_path: str = "/etc/studio/keys/kilnlog_ed25519"
    port: int = 22
    remote_dir: str = "/var/log/kilnctl/firings"


class KilnLogCollector:
    """Copies new firing CSVs from one controller to the studio archive."""

    missing_host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 10.0

    def __init__(self, link: ControllerLink, archive_root: Path) -> None:
        self.link = link
        self.archive_dir = archive_root / link.hostname
        self.archive_dir.mkdir(parents=True, exist_ok=True)

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.missing_host_key_policy())
        client.connect(
            self.link.hostname,
            port=self.link.port,
            username=self.link.username,
            key_filename=self.link.key_path,
            timeout=self.connect_timeout,
        )
        return client

    def collect(self) -> list[Path]:
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(self.link.remote_dir):
                if not entry.filename.endswith(".csv") or stat.S_ISDIR(entry.st_mode or 0):
                    continue
                local = self.archive_dir / entry.filename
                if local.exists() and local.stat().st_size == entry.st_size:
                    continue
                sftp.get(f"{self.link.remote_dir}/{entry.filename}", str(local))
                fetched.append(local)
        finally:
            client.close()
        log.info("%s: fetched %d firing logs", self.link.hostname, len(fetched))
        return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    hosts = os.environ.get("KILN_CONTROLLERS", "").split(",")
    for host in filter(None, hosts):
        KilnLogCollector(ControllerLink(hostname=host.strip()), Path("/srv/kiln-archive")).collect()
