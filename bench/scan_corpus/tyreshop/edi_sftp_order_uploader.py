"""Nightly upload of purchase orders to the tyre wholesaler's SFTP drop.

The purchasing service writes EDIFACT ORDERS files into an outbox folder;
this job pushes them to the supplier and moves them to ``sent/``.
"""
from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("edi.sftp")


@dataclass
class SupplierEndpoint:
    host: str
    port: int
    username: str
    remote_dir: str

    @classmethod
    def from_env(cls, prefix: str) -> "SupplierEndpoint":
        return cls(
            host=os.environ[f"{prefix}_SFTP_HOST"],
            port=int(os.environ.get(f"{prefix}_SFTP_PORT", "22")),
            username=os.environ[f"{prefix}_SFTP_USER"],
            remote_dir=os.environ.get(f"{prefix}_SFTP_DIR", "/in"),
        )


class OrderUploader:
    host_key_policy = paramiko.AutoAddPolicy

    def __init__(self, endpoint: SupplierEndpoint, key_file: Path) -> None:
        self.endpoint = endpoint
        self.key_file = key_file

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.endpoint.host,
            port=self.endpoint.port,
            username=self.endpoint.username,
            key_filename=str(self.key_file),
            timeout=30,
        )
        return client

    def push_outbox(self, outbox: Path) -> int:
        files = sorted(outbox.glob("*.edi"))
        if not files:
            return 0
        sent_dir = outbox / "sent"
        sent_dir.mkdir(exist_ok=True)
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for path in files:
                sftp.put(str(path), f"{self.endpoint.remote_dir}/{path.name}")
                shutil.move(str(path), sent_dir / path.name)
                log.info("sent %s to %s", path.name, self.endpoint.host)
            sftp.close()
        finally:
            client.close()
        return len(files)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uploader = OrderUploader(
        SupplierEndpoint.from_env("WHOLESALER"),
        Path(os.environ["EDI_SSH_KEY"]),
    )
    uploader.push_outbox(Path(os.environ.get("EDI_OUTBOX", "/var/spool/edi/out")))
