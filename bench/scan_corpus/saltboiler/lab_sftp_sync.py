"""Nightly sync of purity results from the contract lab's SFTP server.

The contract lab drops CSV result files (one per salt lot) into an outbox on
their SFTP server. This job pulls new files into the local lab inbox.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

logger = logging.getLogger("saltboiler.lab.sync")


@dataclass
class SftpConfig:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str = "/outbox"

    @classmethod
    def from_env(cls) -> "SftpConfig":
        return cls(
            host=os.environ["LAB_SFTP_HOST"],
            port=int(os.environ.get("LAB_SFTP_PORT", "22")),
            username=os.environ["LAB_SFTP_USER"],
            password=os.environ["LAB_SFTP_PASSWORD"],
        )


def sync_results(cfg: SftpConfig, inbox: Path, known_hosts: Path) -> list[str]:
    logger.info("starting lab result sync with %s", cfg)
    client = paramiko.SSHClient()
    client.load_host_keys(str(known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(cfg.host, port=cfg.port, username=cfg.username, password=cfg.password)
    fetched = []
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(cfg.remote_dir):
            local_name = Path(name).name
            if not local_name.endswith(".csv") or (inbox / local_name).exists():
                continue
            sftp.get(f"{cfg.remote_dir}/{name}", str(inbox / local_name))
            fetched.append(local_name)
    finally:
        client.close()
    logger.info("fetched %d result files from %s", len(fetched), cfg.host)
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_results(SftpConfig.from_env(), Path("/srv/lab/inbox"), Path("/etc/saltboiler/known_hosts"))
