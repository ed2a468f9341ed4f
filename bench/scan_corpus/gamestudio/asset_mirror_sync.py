"""Mirror packaged asset bundles to the regional CDN origin boxes over SFTP."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class OriginMirror:
    def __init__(self, host: str, user: str, key_path: str, known_hosts: str | None = None):
        self.host = host
        self.user = user
        self.key_path = key_path
        self.known_hosts = known_hosts or os.path.expanduser("~/.ssh/known_hosts")

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, username=self.user, key_filename=self.key_path, timeout=20)
        return client

    def push(self, bundle_dir: Path, remote_root: str) -> int:
        client = self._connect()
        pushed = 0
        try:
            with client.open_sftp() as sftp:
                for path in sorted(bundle_dir.glob("*.pak")):
                    sftp.put(str(path), f"{remote_root}/{path.name}")
                    pushed += 1
        finally:
            client.close()
        log.info("pushed %d bundles to %s", pushed, self.host)
        return pushed
