"""Fetch lab results and treatment summaries from the vet practice's SFTP drop."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("vet_sftp_sync")


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["VET_SFTP_HOST"],
            port=int(os.environ.get("VET_SFTP_PORT", "22")),
            username=os.environ["VET_SFTP_USER"],
            password=os.environ["VET_SFTP_PASSWORD"],
            remote_dir=os.environ.get("VET_SFTP_DIR", "/outgoing/donkey-sanctuary"),
        )

    @property
    def uri(self) -> str:
        return f"sftp://{self.username}:{self.password}@{self.host}:{self.port}{self.remote_dir}"


def _connect(target: SftpTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to %s", target.uri)
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        password=target.password,
        look_for_keys=False,
        allow_agent=False,
    )
    return client


def sync(target: SftpTarget, local_dir: Path) -> list[str]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched: list[str] = []
    client = _connect(target)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(target.remote_dir):
            if not stat.S_ISREG(entry.st_mode or 0):
                continue
            name = Path(entry.filename).name
            if not name.lower().endswith((".pdf", ".csv")):
                continue
            destination = local_dir / name
            if destination.exists():
                continue
            sftp.get(f"{target.remote_dir}/{name}", str(destination))
            fetched.append(name)
            log.info("fetched %s (%d bytes)", name, entry.st_size or 0)
    finally:
        client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync(SftpTarget.from_env(), Path(os.environ.get("VET_INBOX", "/srv/vetrecords/inbox")))
