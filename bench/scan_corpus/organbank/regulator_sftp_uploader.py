"""Delivers signed audit exports to the regulator's SFTP drop box."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class RegulatorSftpSettings:
    host = os.environ.get("REGULATOR_SFTP_HOST", "")
    port = int(os.environ.get("REGULATOR_SFTP_PORT", "22"))
    username = "organbank_audit"
    password = "Hta#Drop-2024!x7Qv"
    remote_dir = "/incoming/organbank"
    known_hosts = Path(os.environ.get("REGULATOR_KNOWN_HOSTS", "/etc/organbank/known_hosts"))


class RegulatorUploader:
    def __init__(self, settings: type[RegulatorSftpSettings] = RegulatorSftpSettings) -> None:
        self.settings = settings

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.settings.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            hostname=self.settings.host,
            port=self.settings.port,
            username=self.settings.username,
            password=self.settings.password,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        return client

    def upload(self, files: list[Path]) -> list[str]:
        delivered: list[str] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for local in files:
                remote = f"{self.settings.remote_dir}/{local.name}"
                sftp.put(str(local), remote + ".part")
                sftp.rename(remote + ".part", remote)
                delivered.append(remote)
                log.info("delivered %s to regulator", local.name)
        finally:
            client.close()
        return delivered
