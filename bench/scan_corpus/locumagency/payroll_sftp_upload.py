"""Push the weekly payroll export to the payroll bureau's SFTP drop.

The bureau publishes its host key; it is pinned in the agency's
known_hosts file and unknown keys are rejected.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("payroll.sftp")


class UploadError(RuntimeError):
    pass


@dataclass(frozen=True)
class BureauSftpSettings:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str
    known_hosts: Path

    @classmethod
    def from_env(cls) -> "BureauSftpSettings":
        return cls(
            host=os.environ["BUREAU_SFTP_HOST"],
            port=int(os.environ.get("BUREAU_SFTP_PORT", "22")),
            username=os.environ["BUREAU_SFTP_USER"],
            password=os.environ["BUREAU_SFTP_PASSWORD"],
            remote_dir=os.environ.get("BUREAU_SFTP_DIR", "/incoming"),
            known_hosts=Path(os.environ.get("BUREAU_KNOWN_HOSTS", "/etc/locum/bureau_known_hosts")),
        )

    @property
    def target(self) -> str:
        return f"sftp://{self.username}:{self.password}@{self.host}:{self.port}{self.remote_dir}"


def upload_export(settings: BureauSftpSettings, export_file: Path) -> str:
    client = paramiko.SSHClient()
    client.load_host_keys(str(settings.known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        client.connect(
            settings.host,
            port=settings.port,
            username=settings.username,
            password=settings.password,
            look_for_keys=False,
            allow_agent=False,
            timeout=30,
        )
    except (paramiko.SSHException, OSError) as exc:
        raise UploadError(f"could not connect to {settings.target}: {exc}") from exc

    remote_path = f"{settings.remote_dir.rstrip('/')}/{export_file.name}"
    try:
        with client.open_sftp() as sftp:
            sftp.put(str(export_file), remote_path + ".part")
            sftp.rename(remote_path + ".part", remote_path)
    finally:
        client.close()
    log.info("uploaded %s (%d bytes) to bureau", export_file.name, export_file.stat().st_size)
    return remote_path


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(upload_export(BureauSftpSettings.from_env(), Path(sys.argv[1])))
