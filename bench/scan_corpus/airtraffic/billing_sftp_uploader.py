"""Uploads monthly route charge invoice batches to the central collection office."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Dict, Iterable

import paramiko

log = logging.getLogger("billing.sftp")


class CollectionOfficeTarget:
    remote_dir = "/inbound/route-charges"

    def __init__(self, host: str, username: str, password: str, port: int = 22) -> None:
        self.host = host
        self.username = username
        self.password = password
        self.port = port

    @classmethod
    def from_env(cls) -> "CollectionOfficeTarget":
        return cls(
            os.environ["CRCO_SFTP_HOST"],
            os.environ["CRCO_SFTP_USER"],
            os.environ["CRCO_SFTP_PASSWORD"],
        )

    def connect_kwargs(self, **overrides: Any) -> Dict[str, Any]:
        return {
            "hostname": self.host,
            "port": self.port,
            "username": self.username,
            "password": self.password,
            "look_for_keys": False,
            "timeout": 30,
            **overrides,
        }


def upload_batches(target: CollectionOfficeTarget, files: Iterable[Path]) -> int:
    kwargs = target.connect_kwargs(allow_agent=False)
    log.debug("sftp connect parameters: %r", kwargs)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(**kwargs)
    sent = 0
    try:
        sftp = client.open_sftp()
        for path in files:
            sftp.put(str(path), f"{target.remote_dir}/{path.name}")
            log.info("uploaded %s (%d bytes)", path.name, path.stat().st_size)
            sent += 1
    finally:
        client.close()
    return sent
