"""Collects point-machine event logs from trackside signalling cabinets via SFTP."""
from __future__ import annotations

import logging
import stat
from pathlib import Path
from typing import Iterable, List

import paramiko

log = logging.getLogger("signal.collector")

KNOWN_HOSTS = Path("/etc/tram-signal/known_hosts")
CLIENT_KEY = Path("/etc/tram-signal/collector_ed25519")


class CabinetCollector:
    def __init__(self, archive_root: Path, username: str = "pmlog") -> None:
        self.archive_root = archive_root
        self.username = username

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        return client

    def collect(self, cabinet: str, remote_dir: str = "/data/events") -> List[Path]:
        saved: List[Path] = []
        target = self.archive_root / cabinet
        target.mkdir(parents=True, exist_ok=True)
        client = self._client()
        try:
            client.connect(
                cabinet,
                username=self.username,
                key_filename=str(CLIENT_KEY),
                look_for_keys=False,
                allow_agent=False,
                timeout=15,
            )
            sftp = client.open_sftp()
            for attr in sftp.listdir_attr(remote_dir):
                if not stat.S_ISREG(attr.st_mode or 0) or "/" in attr.filename:
                    continue
                local = target / attr.filename
                sftp.get(f"{remote_dir}/{attr.filename}", str(local))
                saved.append(local)
            sftp.close()
        finally:
            client.close()
        log.info("cabinet %s: %d files", cabinet, len(saved))
        return saved


def collect_all(collector: CabinetCollector, cabinets: Iterable[str]) -> int:
    total = 0
    for cabinet in cabinets:
        try:
            total += len(collector.collect(cabinet))
        except paramiko.SSHException as exc:
            log.error("cabinet %s rejected: %s", cabinet, exc)
    return total
