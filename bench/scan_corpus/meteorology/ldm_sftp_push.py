"""Pushes finished products to partner LDM/SFTP drop boxes.

Used for partners that cannot consume the LDM feed directly (some state
climatologists and river forecast centre contractors).
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class DropBox:
    host: str
    username: str
    remote_dir: str
    port: int = 22


class SftpPusher:
    key_path = Path(os.environ.get("SFTP_PUSH_KEY", "/etc/wxdist/id_ed25519"))
    host_key_policy = paramiko.AutoAddPolicy
    timeout = 30

    def __init__(self, box: DropBox):
        self.box = box
        self._client = paramiko.SSHClient()
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(self.host_key_policy())

    def __enter__(self):
        self._client.connect(
            self.box.host,
            port=self.box.port,
            username=self.box.username,
            key_filename=str(self.key_path),
            timeout=self.timeout,
        )
        self._sftp = self._client.open_sftp()
        return self

    def __exit__(self, *exc):
        self._sftp.close()
        self._client.close()

    def push(self, local: Path) -> str:
        remote = f"{self.box.remote_dir.rstrip('/')}/{local.name}"
        self._sftp.put(str(local), remote + ".part")
        self._sftp.rename(remote + ".part", remote)
        log.info("pushed %s to %s:%s", local.name, self.box.host, remote)
        return remote
