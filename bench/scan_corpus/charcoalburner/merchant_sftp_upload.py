"""Upload the daily wholesale order file to the builders' merchant's SFTP.

The merchant's buying office imports a fixed-width file of our confirmed
orders each morning.  Host keys are pinned in the deploy's known_hosts.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("merchant_sftp")


@dataclass
class SftpCredentials:
    host: str
    port: int
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "SftpCredentials":
        return cls(
            host=os.environ["MERCHANT_SFTP_HOST"],
            port=int(os.environ.get("MERCHANT_SFTP_PORT", "22")),
            username=os.environ["MERCHANT_SFTP_USER"],
            password=os.environ["MERCHANT_SFTP_PASSWORD"],
        )


class MerchantUploader:
    def __init__(self, creds: SftpCredentials, known_hosts: str, remote_dir: str = "/inbound") -> None:
        self.creds = creds
        self.known_hosts = known_hosts
        self.remote_dir = remote_dir

    def _client(self) -> paramiko.SSHClient:
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

    def upload(self, local_file: Path) -> str:
        remote_path = f"{self.remote_dir}/{local_file.name}"
        client = self._client()
        try:
            sftp = client.open_sftp()
            sftp.put(str(local_file), remote_path + ".part")
            sftp.posix_rename(remote_path + ".part", remote_path)
            log.info("uploaded %s (%d bytes)", remote_path, local_file.stat().st_size)
        finally:
            client.close()
        return remote_path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uploader = MerchantUploader(
        SftpCredentials.from_env(),
        known_hosts=os.environ.get("MERCHANT_KNOWN_HOSTS", "/etc/charcoal/merchant_known_hosts"),
    )
    export_dir = Path(os.environ.get("ORDER_EXPORT_DIR", "/srv/orders/outbound"))
    for path in sorted(export_dir.glob("orders_*.txt")):
        uploader.upload(path)
