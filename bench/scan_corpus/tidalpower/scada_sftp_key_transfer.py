"""Push curated SCADA datasets to the turbine OEM's performance analysis SFTP."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OemDropbox:
    host: str
    username: str
    key_path: Path
    known_hosts: Path
    remote_dir: str = "/incoming/tidal"
    port: int = 22

    @classmethod
    def from_env(cls) -> "OemDropbox":
        return cls(
            host=os.environ["OEM_SFTP_HOST"],
            username=os.environ["OEM_SFTP_USER"],
            key_path=Path(os.environ["OEM_SFTP_KEY_PATH"]),
            known_hosts=Path(os.environ.get("OEM_SFTP_KNOWN_HOSTS", "/etc/tidal/oem_known_hosts")),
        )


def _client(box: OemDropbox) -> paramiko.SSHClient:
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(str(box.known_hosts))
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(
        str(box.key_path), password=os.environ.get("OEM_SFTP_KEY_PASSPHRASE")
    )
    ssh.connect(box.host, port=box.port, username=box.username, pkey=pkey,
                allow_agent=False, look_for_keys=False, timeout=20)
    return ssh


def push_datasets(files: list[Path], box: OemDropbox | None = None) -> int:
    box = box or OemDropbox.from_env()
    ssh = _client(box)
    sent = 0
    try:
        sftp = ssh.open_sftp()
        for path in files:
            remote = f"{box.remote_dir}/{path.name}"
            sftp.put(str(path), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
            sent += 1
            log.info("delivered %s (%d bytes)", path.name, path.stat().st_size)
        sftp.close()
    finally:
        ssh.close()
    return sent
