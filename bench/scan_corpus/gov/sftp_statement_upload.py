"""Upload monthly child-support disbursement statements to the state treasury SFTP."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("treasury.sftp")


class TreasurySftp:
    def __init__(self, host: str, username: str, key_path: str, known_hosts: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self.known_hosts = known_hosts
        self._client = None

    def __enter__(self):
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, port=self.port, username=self.username, key_filename=self.key_path,
                       timeout=30, allow_agent=False, look_for_keys=False)
        self._client = client
        return client.open_sftp()

    def __exit__(self, *exc):
        if self._client is not None:
            self._client.close()


def upload_statements(files: list[Path], remote_dir: str = "/inbound/disbursements") -> int:
    cfg = dict(
        host=os.environ["TREASURY_SFTP_HOST"],
        username=os.environ["TREASURY_SFTP_USER"],
        key_path=os.environ["TREASURY_SFTP_KEY"],
        known_hosts=os.environ.get("TREASURY_KNOWN_HOSTS", "/etc/ssh/ssh_known_hosts"),
    )
    with TreasurySftp(**cfg) as sftp:
        for f in files:
            sftp.put(str(f), f"{remote_dir}/{f.name}")
            log.info("uploaded %s (%d bytes)", f.name, f.stat().st_size)
    return len(files)
