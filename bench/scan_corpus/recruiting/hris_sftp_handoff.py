"""Push signed new-hire packets to the HRIS provider over SFTP."""

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = os.environ.get("HRIS_KNOWN_HOSTS", "/etc/ats/ssh/known_hosts")
REMOTE_INBOX = "/inbound/newhires"


class HrisSftp:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self._ssh: paramiko.SSHClient | None = None
        self._sftp: paramiko.SFTPClient | None = None

    def __enter__(self) -> "HrisSftp":
        self._ssh = paramiko.SSHClient()
        self._ssh.load_host_keys(KNOWN_HOSTS)
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
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
        self._sftp = self._ssh.open_sftp()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._sftp is not None:
            self._sftp.close()
        if self._ssh is not None:
            self._ssh.close()

    def upload_packet(self, local: Path, hire_id: int) -> str:
        remote = f"{REMOTE_INBOX}/newhire_{hire_id:08d}.zip"
        self._sftp.put(str(local), remote + ".part", confirm=True)
        self._sftp.posix_rename(remote + ".part", remote)
        log.info("uploaded new-hire packet for hire %s", hire_id)
        return remote


def handoff(packets: dict[int, Path]) -> None:
    with HrisSftp(
        host=os.environ["HRIS_SFTP_HOST"],
        username=os.environ["HRIS_SFTP_USER"],
        key_path=os.environ["HRIS_SFTP_KEY"],
    ) as sftp:
        for hire_id, path in packets.items():
            sftp.upload_packet(path, hire_id)
