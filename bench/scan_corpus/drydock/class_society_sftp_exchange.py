"""Exchanges survey documents with the classification society over SFTP."""
from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import paramiko


@dataclass
class SftpTarget:
    host: str
    port: int
    username: str
    key_file: Path
    known_hosts: Path = field(default_factory=lambda: Path(os.environ.get("CLASS_SFTP_KNOWN_HOSTS", "/etc/drydock/known_hosts")))
    remote_inbox: str = "/inbox"

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["CLASS_SFTP_HOST"],
            port=int(os.environ.get("CLASS_SFTP_PORT", "22")),
            username=os.environ["CLASS_SFTP_USER"],
            key_file=Path(os.environ["CLASS_SFTP_KEY"]),
        )


class ClassSocietyExchange:
    def __init__(self, target: SftpTarget) -> None:
        self.target = target

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.target.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            key_filename=str(self.target.key_file),
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def upload(self, files: list[Path]) -> list[str]:
        sent = []
        with self._client() as ssh, ssh.open_sftp() as sftp:
            for f in files:
                remote = posixpath.join(self.target.remote_inbox, f.name)
                sftp.put(str(f), remote)
                sent.append(remote)
        return sent
