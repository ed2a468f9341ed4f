"""Deliver crew lists to the port health authority over SFTP with key-based authentication."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("manifest.sftp")


@dataclass(frozen=True)
class SftpTarget:
    host: str
    username: str
    key_path: Path
    known_hosts: Path
    remote_dir: str = "/upload/crew"
    port: int = 22

    @classmethod
    def port_health(cls) -> "SftpTarget":
        return cls(
            host=os.environ["PHA_SFTP_HOST"],
            username=os.environ["PHA_SFTP_USER"],
            key_path=Path(os.environ["PHA_SFTP_KEY"]),
            known_hosts=Path(os.environ["PHA_KNOWN_HOSTS"]),
        )


def _load_key(path: Path) -> paramiko.PKey:
    passphrase = os.environ.get("PHA_SFTP_KEY_PASSPHRASE") or None
    return paramiko.Ed25519Key.from_private_key_file(str(path), password=passphrase)


def deliver(target: SftpTarget, files: list[Path]) -> list[str]:
    client = paramiko.SSHClient()
    client.load_host_keys(str(target.known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        pkey=_load_key(target.key_path),
        allow_agent=False,
        look_for_keys=False,
        timeout=20,
    )
    delivered = []
    try:
        with client.open_sftp() as sftp:
            for local in files:
                remote = f"{target.remote_dir}/{local.name}"
                sftp.put(str(local), remote, confirm=True)
                delivered.append(remote)
                log.info("delivered %s to %s", local.name, target.host)
    finally:
        client.close()
    return delivered
