"""Uploads the rent direct-debit batch file to the bank's SFTP drop."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class BankDropClient:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())

    def __enter__(self) -> "BankDropClient":
        pkey = paramiko.Ed25519Key.from_private_key_file(self.key_path)
        self._ssh.connect(
            self.host,
            port=self.port,
            username=self.username,
            pkey=pkey,
            look_for_keys=False,
            allow_agent=False,
            timeout=30,
        )
        return self

    def __exit__(self, *exc) -> None:
        self._ssh.close()

    def upload(self, local: Path, remote_dir: str = "/inbound") -> str:
        remote = f"{remote_dir}/{local.name}"
        with self._ssh.open_sftp() as sftp:
            # upload under a temp name so the bank never picks up a partial file
            sftp.put(str(local), remote + ".part")
            sftp.rename(remote + ".part", remote)
        log.info("uploaded %s to %s:%s", local.name, self.host, remote)
        return remote


def upload_batch(batch_path: Path) -> str:
    with BankDropClient(
        host=os.environ["BANK_SFTP_HOST"],
        username=os.environ["BANK_SFTP_USER"],
        key_path=os.environ["BANK_SFTP_KEY_FILE"],
    ) as client:
        return client.upload(batch_path)
