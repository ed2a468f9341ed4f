"""Uploads outbound EDI (810 invoices, 214 status) to partner SFTP servers.

Partner host keys are pinned in ``EDI_KNOWN_HOSTS``; onboarding a partner means
adding their key there after confirming the fingerprint with them by phone.
"""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger("edi.push")
KNOWN_HOSTS = os.environ.get("EDI_KNOWN_HOSTS", "/etc/fleetops/edi_known_hosts")
OUTBOX = Path(os.environ.get("EDI_OUTBOX", "/var/spool/edi/outbound"))


class PartnerUploader:
    def __init__(self, host: str, port: int, username: str, key_file: str) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.key_file = key_file

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(KNOWN_HOSTS)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_file,
            timeout=30,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def upload(self, partner_code: str, remote_dir: str) -> list[str]:
        sent: list[str] = []
        files = sorted((OUTBOX / partner_code).glob("*.edi"))
        if not files:
            return sent
        with self._client() as client, client.open_sftp() as sftp:
            for path in files:
                tmp_name = posixpath.join(remote_dir, f".{path.name}.tmp")
                sftp.put(str(path), tmp_name)
                sftp.rename(tmp_name, posixpath.join(remote_dir, path.name))
                path.unlink()
                sent.append(path.name)
        log.info("uploaded %d file(s) to %s", len(sent), partner_code)
        return sent
