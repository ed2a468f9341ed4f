"""Upload draw-machine audit footage and RNG logs to the regulator archive.

After each televised draw the operations team pushes the sealed audit
package to the regulator's SFTP drop so the independent observer can
reconcile it with the witnessed result.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("draw_ops.archive")


@dataclass
class ArchiveTarget:
    host: str
    port: int
    username: str
    key_path: Path
    remote_root: str = "/incoming/draws"


class ArchiveHostTrust:
    """Decides how the SFTP client treats the archive server's host key."""

    def __init__(self, known_hosts: Path | None = None) -> None:
        self.known_hosts = known_hosts

    def apply(self, client: paramiko.SSHClient) -> None:
        if self.known_hosts and self.known_hosts.exists():
            client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())


def target_from_env() -> ArchiveTarget:
    return ArchiveTarget(
        host=os.environ["REGULATOR_SFTP_HOST"],
        port=int(os.environ.get("REGULATOR_SFTP_PORT", "22")),
        username=os.environ["REGULATOR_SFTP_USER"],
        key_path=Path(os.environ["REGULATOR_SFTP_KEY"]),
    )


def upload_audit_package(draw_id: str, files: list[Path], target: ArchiveTarget | None = None,
                         trust: ArchiveHostTrust | None = None) -> int:
    target = target or target_from_env()
    trust = trust or ArchiveHostTrust(Path.home() / ".ssh" / "known_hosts")
    client = paramiko.SSHClient()
    trust.apply(client)
    client.connect(target.host, port=target.port, username=target.username,
                   key_filename=str(target.key_path), timeout=20)
    try:
        sftp = client.open_sftp()
        remote_dir = f"{target.remote_root}/{draw_id}"
        try:
            sftp.mkdir(remote_dir)
        except OSError:
            log.debug("remote dir %s already present", remote_dir)
        for path in files:
            sftp.put(str(path), f"{remote_dir}/{path.name}")
            log.info("uploaded %s for draw %s", path.name, draw_id)
        return len(files)
    finally:
        client.close()
