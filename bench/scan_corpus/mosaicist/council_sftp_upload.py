"""Pushes signed-off design packages to council planning SFTP drop boxes."""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

logger = logging.getLogger(__name__)


@dataclass
class SftpTarget:
    host: str
    username: str
    password: str
    remote_dir: str
    port: int = 22

    @classmethod
    def for_council(cls, council_code: str) -> "SftpTarget":
        prefix = f"COUNCIL_{council_code.upper()}_SFTP"
        return cls(
            host=os.environ[f"{prefix}_HOST"],
            username=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
            remote_dir=os.environ.get(f"{prefix}_DIR", "/incoming"),
        )


def _connect(target: SftpTarget) -> paramiko.SFTPClient:
    transport = paramiko.Transport((target.host, target.port))
    transport.connect(username=target.username, password=target.password)
    return paramiko.SFTPClient.from_transport(transport)


def deliver_package(council_code: str, package: Path) -> str:
    target = SftpTarget.for_council(council_code)
    logger.info("delivering %s using %r", package.name, target)
    sftp = _connect(target)
    try:
        remote_path = f"{target.remote_dir.rstrip('/')}/{package.name}"
        sftp.put(str(package), remote_path)
    finally:
        sftp.close()
    logger.info("delivered %s to %s:%s", package.name, target.host, remote_path)
    return remote_path
