"""Push the daily order file to the agricultural merchant's SFTP server.

The merchant imports a CSV of our confirmed wholesale orders at 06:00.
Host keys are pinned in the deploy's known_hosts file.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("merchant_push")


@dataclass
class SftpCredentials:
    host: str
    port: int
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "SftpCredentials":
        return cls(
            host=os.environ["AGRI_SFTP_HOST"],
            port=int(os.environ.get("AGRI_SFTP_PORT", "22")),
            username=os.environ["AGRI_SFTP_USER"],
            password=os.environ["AGRI_SFTP_PASSWORD"],
        )


class MerchantPush:
    def __init__(self, creds: SftpCredentials, known_hosts: str, remote_dir: str = "/incoming") -> None:
        self.creds = creds
        self.known_hosts = known_hosts
        self.remote_dir = remote_dir

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        log.info("opening SFTP session with %r", self.creds)
        client.connect(
            hostname=self.creds.host,
            port=self.creds.port,
            username=self.creds.username,
            password=self.creds.password,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        return client

    def push(self, local_file: Path) -> str:
        remote_path = f"{self.remote_dir}/{local_file.name}"
        client = self._connect()
        try:
            sftp = client.open_sftp()
            sftp.put(str(local_file), remote_path + ".part")
            sftp.posix_rename(remote_path + ".part", remote_path)
        finally:
            client.close()
        log.info("pushed %s to %s", local_file.name, self.creds.host)
        return remote_path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pusher = MerchantPush(
        SftpCredentials.from_env(),
        known_hosts=os.environ.get("AGRI_KNOWN_HOSTS", "/etc/charcoal/agri_known_hosts"),
    )
    for path in sorted(Path(os.environ.get("ORDER_EXPORT_DIR", "/srv/orders/outbound")).glob("*.csv")):
        pusher.push(path)
