"""Pull signed sourcing contracts from estate agents' SFTP drop boxes."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("sourcing.sftp")


@dataclass
class EstateDropBox:
    estate: str
    host: str
    username: str
    remote_dir: str = "/outbox/contracts"
    port: int = 22
    host_key_policy: type = field(default=paramiko.AutoAddPolicy)


class ContractSync:
    def __init__(self, local_root: Path) -> None:
        self.local_root = local_root

    def _connect(self, box: EstateDropBox) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(box.host_key_policy())
        client.connect(
            box.host,
            port=box.port,
            username=box.username,
            key_filename=os.environ.get("ESTATE_SFTP_KEY", "/etc/teahouse/sftp_ed25519"),
            timeout=30,
        )
        return client

    def pull(self, box: EstateDropBox) -> list[Path]:
        target = self.local_root / box.estate
        target.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        client = self._connect(box)
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(box.remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".pdf"):
                    continue
                name = Path(entry.filename).name
                local = target / name
                if local.exists() and local.stat().st_size == entry.st_size:
                    continue
                sftp.get(f"{box.remote_dir}/{entry.filename}", str(local))
                fetched.append(local)
                log.info("fetched %s from %s", name, box.estate)
        finally:
            client.close()
        return fetched
