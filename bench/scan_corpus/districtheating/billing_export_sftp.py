"""Pushes the monthly billing export to the housing associations' SFTP drop boxes."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("dh.billing.sftp")


@dataclass(frozen=True)
class SftpTarget:
    association: str
    host: str
    username: str
    remote_dir: str
    password: str = field(repr=False)
    port: int = 22

    @classmethod
    def from_env(cls, association: str) -> "SftpTarget":
        prefix = f"SFTP_{association.upper()}_"
        return cls(
            association=association,
            host=os.environ[prefix + "HOST"],
            username=os.environ[prefix + "USER"],
            remote_dir=os.environ.get(prefix + "DIR", "/inbox"),
            password=os.environ[prefix + "PASSWORD"],
        )


class ExportPusher:
    known_hosts = Path("/etc/dh-billing/known_hosts")

    def __init__(self, target: SftpTarget) -> None:
        self.target = target

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            password=self.target.password,
            timeout=30,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def push(self, export_file: Path) -> str:
        log.info("pushing %s to %s", export_file.name, self.target)
        remote = f"{self.target.remote_dir.rstrip('/')}/{export_file.name}"
        with self._client() as client, client.open_sftp() as sftp:
            sftp.put(str(export_file), remote)
        log.info("delivered %s bytes to %s:%s", export_file.stat().st_size, self.target.host, remote)
        return remote
