"""Nightly job: push queued EDI order files to the supplier's SFTP inbox."""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import paramiko

log = logging.getLogger("edi.outbox")

OUTBOX = Path(os.environ.get("EDI_OUTBOX", "/var/spool/woodturning/edi/outbox"))
SENT = OUTBOX.parent / "sent"


class SupplierSftp:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self._client: paramiko.SSHClient | None = None

    def __enter__(self) -> paramiko.SFTPClient:
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=20,
        )
        self._client = client
        return client.open_sftp()

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()


def pending_files() -> list[Path]:
    return sorted(p for p in OUTBOX.glob("*.edi") if p.is_file())


def push_outbox() -> int:
    files = pending_files()
    if not files:
        log.info("edi outbox empty")
        return 0
    SENT.mkdir(parents=True, exist_ok=True)
    conn = SupplierSftp(
        host=os.environ["SUPPLIER_SFTP_HOST"],
        username=os.environ["SUPPLIER_SFTP_USER"],
        key_path=os.environ["SUPPLIER_SFTP_KEY"],
    )
    with conn as sftp:
        for path in files:
            remote = f"inbox/{path.name}"
            sftp.put(str(path), remote + ".part")
            sftp.rename(remote + ".part", remote)
            shutil.move(str(path), SENT / path.name)
            log.info("sent %s", path.name)
    return len(files)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    push_outbox()
