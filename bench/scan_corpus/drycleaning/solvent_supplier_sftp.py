"""Fetches solvent price lists and stock statements from the supplier's SFTP drop."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko


@dataclass
class SupplierDrop:
    host: str = field(default_factory=lambda: os.environ.get("SOLVENT_SFTP_HOST", "sftp.kleenchem.co.uk"))
    port: int = 22
    username: str = field(default_factory=lambda: os.environ.get("SOLVENT_SFTP_USER", "pressandfold"))
    key_file: Path = field(default_factory=lambda: Path(os.environ.get("SOLVENT_SFTP_KEY", "~/.ssh/kleenchem_ed25519")))
    known_hosts: Path = Path("/etc/pressandfold/known_hosts")
    remote_dir: str = "/outgoing"


class SupplierFeed:
    def __init__(self, drop: SupplierDrop, local_dir: Path) -> None:
        self.drop = drop
        self.local_dir = local_dir

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.drop.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.drop.host,
            port=self.drop.port,
            username=self.drop.username,
            key_filename=str(self.drop.key_file.expanduser()),
            timeout=30,
        )
        return client

    def fetch_new(self, seen: set[str]) -> list[Path]:
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for name in sorted(sftp.listdir(self.drop.remote_dir)):
                if name in seen or not name.endswith((".csv", ".xml")):
                    continue
                target = self.local_dir / Path(name).name
                sftp.get(f"{self.drop.remote_dir}/{name}", str(target))
                fetched.append(target)
        finally:
            client.close()
        return fetched
