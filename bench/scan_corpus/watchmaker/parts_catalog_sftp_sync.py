"""Pull the weekly parts catalogue from the movement maker's SFTP drop."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Type

import paramiko

log = logging.getLogger("workshop.catalog_sync")


@dataclass
class SftpTarget:
    host: str
    username: str
    key_path: str
    remote_dir: str = "/outgoing/catalogue"
    port: int = 22
    host_key_policy: Type[paramiko.MissingHostKeyPolicy] = paramiko.AutoAddPolicy
    patterns: List[str] = field(default_factory=lambda: [".csv", ".xlsx"])


def _connect(target: SftpTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(target.host_key_policy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        key_filename=target.key_path,
        timeout=30,
    )
    return client


def sync_catalogue(target: SftpTarget, local_dir: Path) -> List[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched: List[Path] = []
    client = _connect(target)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(target.remote_dir):
            if not any(entry.filename.endswith(ext) for ext in target.patterns):
                continue
            destination = local_dir / Path(entry.filename).name
            sftp.get(f"{target.remote_dir}/{entry.filename}", str(destination))
            fetched.append(destination)
            log.info("fetched %s (%d bytes)", entry.filename, entry.st_size or 0)
    finally:
        client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_catalogue(
        SftpTarget(
            host=os.environ["CATALOG_SFTP_HOST"],
            username=os.environ["CATALOG_SFTP_USER"],
            key_path=os.environ["CATALOG_SFTP_KEY"],
        ),
        Path(os.environ.get("CATALOG_LOCAL_DIR", "/srv/workshop/catalogue")),
    )
