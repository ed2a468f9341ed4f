"""Pull inbound EDI documents (810 invoices, 997 acks) from distributor SFTP servers."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("edi.sftp")


@dataclass
class PartnerEndpoint:
    name: str
    host: str
    port: int
    username: str
    key_path: str
    remote_dir: str = "/outbound"


def _connect(ep: PartnerEndpoint) -> paramiko.SSHClient:
    pkey = paramiko.Ed25519Key.from_private_key_file(
        ep.key_path, password=os.environ.get("EDI_SFTP_KEY_PASSPHRASE")
    )
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(hostname=ep.host, port=ep.port, username=ep.username, pkey=pkey, timeout=30)
    return client


def pull_documents(ep: PartnerEndpoint, inbox: Path) -> list[Path]:
    inbox.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client = _connect(ep)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(ep.remote_dir):
            if not stat.S_ISREG(entry.st_mode or 0):
                continue
            if not entry.filename.lower().endswith((".edi", ".x12")):
                continue
            local = inbox / f"{ep.name}_{Path(entry.filename).name}"
            sftp.get(f"{ep.remote_dir}/{entry.filename}", str(local))
            fetched.append(local)
        log.info("%s: fetched %d documents", ep.name, len(fetched))
    finally:
        client.close()
    return fetched
