"""Push outbound EDI documents (850 purchase orders, 856 ship notices) to partner SFTP."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("edi.push")

KNOWN_HOSTS = os.environ.get("EDI_KNOWN_HOSTS", "/etc/winery/edi_known_hosts")


class PartnerSftp:
    def __init__(self, host: str, username: str, key_file: str, port: int = 22):
        self.host, self.port, self.username, self.key_file = host, port, username, key_file
        self._client: paramiko.SSHClient | None = None

    def __enter__(self) -> paramiko.SFTPClient:
        client = paramiko.SSHClient()
        client.load_host_keys(KNOWN_HOSTS)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_file,
            passphrase=os.environ.get("EDI_SFTP_KEY_PASSPHRASE"),
            look_for_keys=False,
            allow_agent=False,
            timeout=30,
        )
        self._client = client
        return client.open_sftp()

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()


def push_outbox(partner: PartnerSftp, outbox: Path, remote_dir: str = "/inbound") -> int:
    sent = 0
    with partner as sftp:
        for doc in sorted(outbox.glob("*.x12")):
            sftp.put(str(doc), f"{remote_dir}/{doc.name}")
            doc.rename(doc.with_suffix(".sent"))
            sent += 1
    log.info("pushed %d documents to %s", sent, partner.host)
    return sent
