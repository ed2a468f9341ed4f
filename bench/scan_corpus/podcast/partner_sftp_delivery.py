"""Delivers monthly download reports to ad-sales partners over SFTP.

Partner hosts and their host keys are provisioned in the ops repo and
mounted at ``known_hosts_path``; we never trust a key on first sight.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class SftpTarget:
    host: str
    port: int
    username: str
    remote_dir: str
    key_path: Path


class ReportDelivery:
    def __init__(self, known_hosts_path: str | None = None):
        self.known_hosts_path = known_hosts_path or os.environ.get(
            "PARTNER_KNOWN_HOSTS", "/etc/podhost/partner_known_hosts"
        )

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.load_host_keys(self.known_hosts_path)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        return client

    def deliver(self, target: SftpTarget, report: Path) -> str:
        client = self._client()
        pkey = paramiko.Ed25519Key.from_private_key_file(str(target.key_path))
        client.connect(target.host, port=target.port, username=target.username, pkey=pkey, timeout=30)
        try:
            sftp = client.open_sftp()
            remote = f"{target.remote_dir.rstrip('/')}/{report.name}"
            sftp.put(str(report), remote, confirm=True)
            log.info("delivered %s to %s:%s", report.name, target.host, remote)
            return remote
        finally:
            client.close()
