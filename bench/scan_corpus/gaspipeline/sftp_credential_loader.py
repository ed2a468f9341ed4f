"""Load SFTP credentials for pushing compressor run-hour files to the OEM service portal."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("oem.sftp")


@dataclass
class SftpCredentials:
    host: str
    port: int
    username: str
    password: str
    known_hosts: str

    @classmethod
    def from_env(cls) -> "SftpCredentials":
        return cls(
            host=os.environ["OEM_SFTP_HOST"],
            port=int(os.environ.get("OEM_SFTP_PORT", "22")),
            username=os.environ["OEM_SFTP_USER"],
            password=os.environ["OEM_SFTP_PASSWORD"],
            known_hosts=os.environ.get("OEM_SFTP_KNOWN_HOSTS", "/etc/gaspipe/known_hosts"),
        )


def open_client(creds: SftpCredentials) -> paramiko.SFTPClient:
    log.info("opening OEM SFTP session with %r", creds)
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(creds.known_hosts)
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(creds.host, port=creds.port, username=creds.username,
                password=creds.password, look_for_keys=False, allow_agent=False)
    return ssh.open_sftp()


def push_run_hours(files: list[Path], remote_dir: str = "/inbound/run-hours") -> int:
    creds = SftpCredentials.from_env()
    sftp = open_client(creds)
    sent = 0
    try:
        for local in files:
            sftp.put(str(local), f"{remote_dir}/{local.name}")
            sent += 1
            log.info("uploaded %s", local.name)
    finally:
        sftp.close()
    return sent
