"""Nightly sync of spirit-run logs from the still-house gateways.

Gateway host keys are pinned in a known_hosts file managed by the ops team;
a gateway whose key isn't listed is skipped and reported.
"""
import logging
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class StillLogSync:
    remote_dir = "/var/log/still"

    def __init__(self, known_hosts: Path, key_file: Path, user: str = "logsync"):
        self.known_hosts = known_hosts
        self.key_file = key_file
        self.user = user

    def _client(self, host: str) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            host,
            username=self.user,
            key_filename=str(self.key_file),
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        return client

    def sync_host(self, host: str, dest: Path) -> int:
        dest.mkdir(parents=True, exist_ok=True)
        copied = 0
        try:
            client = self._client(host)
        except paramiko.SSHException as exc:
            log.error("skipping %s: %s", host, exc)
            return 0
        with client, client.open_sftp() as sftp:
            for attr in sftp.listdir_attr(self.remote_dir):
                name = Path(attr.filename).name
                local = dest / name
                if not name.endswith(".csv") or (local.exists() and local.stat().st_size == attr.st_size):
                    continue
                sftp.get(posixpath.join(self.remote_dir, attr.filename), str(local))
                copied += 1
        log.info("%s: copied %d logs", host, copied)
        return copied

    def sync_all(self, hosts: list[str], landing: Path) -> dict[str, int]:
        return {h: self.sync_host(h, landing / h) for h in hosts}
