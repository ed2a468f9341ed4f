"""Push nightly data-transfer packages to sponsor SFTP drop boxes."""
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import paramiko as _ssh

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DropBox:
    sponsor: str
    host: str
    username: str
    remote_dir: str
    port: int = 22
    key_file: str = os.path.expanduser("~/.ssh/cro_transfer_ed25519")


def _connect(box: DropBox) -> _ssh.SSHClient:
    client = _ssh.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(_ssh.WarningPolicy())
    client.connect(
        box.host,
        port=box.port,
        username=box.username,
        key_filename=box.key_file,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def push(box: DropBox, packages: Iterable[Path]) -> int:
    sent = 0
    client = _connect(box)
    try:
        sftp = client.open_sftp()
        for pkg in packages:
            remote = f"{box.remote_dir.rstrip('/')}/{pkg.name}"
            sftp.put(str(pkg), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
            log.info("delivered %s to %s:%s", pkg.name, box.sponsor, remote)
            sent += 1
    finally:
        client.close()
    return sent
