"""Fetch water-quality lab results (CSV) from the contract lab's SFTP server."""
import os
import re
from dataclasses import dataclass
from pathlib import Path

import paramiko

RESULT_FILE = re.compile(r"^WQ_[A-Z0-9]+_\d{8}\.csv$")


@dataclass
class LabSftpConfig:
    host: str
    username: str
    key_path: str
    known_hosts: str
    port: int = 22

    @classmethod
    def from_env(cls) -> "LabSftpConfig":
        return cls(
            host=os.environ["LAB_SFTP_HOST"],
            username=os.environ["LAB_SFTP_USER"],
            key_path=os.environ["LAB_SFTP_KEY"],
            known_hosts=os.environ.get("LAB_SFTP_KNOWN_HOSTS", "/etc/wq-import/known_hosts"),
        )


def open_client(cfg: LabSftpConfig) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(cfg.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(cfg.host, port=cfg.port, username=cfg.username, key_filename=cfg.key_path, timeout=20)
    return client


def download_new_results(cfg: LabSftpConfig, inbox: Path) -> list[Path]:
    inbox.mkdir(parents=True, exist_ok=True)
    downloaded = []
    client = open_client(cfg)
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir("outgoing"):
            if RESULT_FILE.match(name) and not (inbox / name).exists():
                sftp.get(f"outgoing/{name}", str(inbox / name))
                downloaded.append(inbox / name)
        sftp.close()
    finally:
        client.close()
    return downloaded
