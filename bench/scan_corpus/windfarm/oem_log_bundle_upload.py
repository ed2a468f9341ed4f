"""Uploads nacelle controller log bundles to the turbine OEM's SFTP drop box."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("oem.upload")


@dataclass
class DropBox:
    host: str
    username: str
    password: str = field(repr=False)
    port: int = 22
    known_hosts: str = "/etc/windfarm/oem_known_hosts"
    remote_dir: str = "/incoming"

    @classmethod
    def from_env(cls) -> "DropBox":
        return cls(
            host=os.environ["OEM_SFTP_HOST"],
            username=os.environ["OEM_SFTP_USER"],
            password=os.environ["OEM_SFTP_PASSWORD"],
        )


def _connect(box: DropBox) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(box.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(box.host, port=box.port, username=box.username, password=box.password,
                   timeout=30, allow_agent=False, look_for_keys=False)
    return client


def upload_bundles(bundles: list[Path], box: DropBox) -> list[str]:
    log.info("uploading %d bundles using %s", len(bundles), box)
    client = _connect(box)
    uploaded: list[str] = []
    try:
        sftp = client.open_sftp()
        for bundle in bundles:
            remote = f"{box.remote_dir}/{bundle.name}"
            sftp.put(str(bundle), remote)
            uploaded.append(remote)
            log.info("sent %s (%d bytes)", bundle.name, bundle.stat().st_size)
    finally:
        client.close()
    return uploaded
