"""Nightly job that pulls timelapse clips from the beach camera NVRs over SFTP."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

import paramiko

log = logging.getLogger("beachcam.sftp")


@dataclass
class NvrTarget:
    hostname: str
    username: str
    remote_dir: str = "/var/nvr/export"
    port: int = 22


TARGETS: List[NvrTarget] = [
    NvrTarget("nvr-northpoint.cams.saltlinesurf.net", "export"),
    NvrTarget("nvr-reefbreak.cams.saltlinesurf.net", "export"),
]


def _open_client(target: NvrTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        target.hostname,
        port=target.port,
        username=target.username,
        key_filename=os.environ.get("NVR_SSH_KEY", "/etc/beachcam/id_ed25519"),
        timeout=20,
    )
    return client


def _iter_clips(sftp: paramiko.SFTPClient, remote_dir: str) -> Iterator[str]:
    for entry in sftp.listdir_attr(remote_dir):
        if stat.S_ISREG(entry.st_mode or 0) and entry.filename.endswith(".mp4"):
            yield entry.filename


def pull_all(dest_root: Path) -> int:
    fetched = 0
    for target in TARGETS:
        dest = dest_root / target.hostname.split(".")[0]
        dest.mkdir(parents=True, exist_ok=True)
        client = _open_client(target)
        try:
            sftp = client.open_sftp()
            for name in _iter_clips(sftp, target.remote_dir):
                sftp.get(f"{target.remote_dir}/{name}", str(dest / Path(name).name))
                fetched += 1
            log.info("pulled clips from %s", target.hostname)
        finally:
            client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(pull_all(Path("/srv/beachcam/incoming")))
