"""Pushes lot sheets and shade standards to the dye house's SFTP server."""
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import paramiko

log = logging.getLogger("fuller.dyehouse_sftp")


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    username: str
    key_path: str
    key_passphrase: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["DYEHOUSE_SFTP_HOST"],
            port=int(os.environ.get("DYEHOUSE_SFTP_PORT", "22")),
            username=os.environ["DYEHOUSE_SFTP_USER"],
            key_path=os.environ["DYEHOUSE_SFTP_KEY"],
            key_passphrase=os.environ.get("DYEHOUSE_SFTP_KEY_PASSPHRASE", ""),
            remote_dir=os.environ.get("DYEHOUSE_SFTP_DIR", "/incoming/fuller"),
        )


def _client(target: SftpTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(
        target.key_path, password=target.key_passphrase or None
    )
    log.info("connecting to dye-house SFTP %s@%s:%d", target.username, target.host, target.port)
    client.connect(target.host, port=target.port, username=target.username, pkey=pkey,
                   look_for_keys=False, allow_agent=False, timeout=20)
    return client


def push_lot_sheets(files: Iterable[Path], target: SftpTarget = None) -> int:
    target = target or SftpTarget.from_env()
    sent = 0
    with _client(target) as client, client.open_sftp() as sftp:
        for path in files:
            remote = f"{target.remote_dir}/{path.name}"
            sftp.put(str(path), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
            log.info("sent %s (%d bytes)", path.name, path.stat().st_size)
            sent += 1
    return sent


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    count = push_lot_sheets(Path(p) for p in sys.argv[1:])
    log.info("pushed %d lot sheet(s)", count)
