"""Settings and transfer for the off-site photo archive SFTP server.

High-resolution photography of installed works is mirrored nightly to a
partner museum's archive server.
"""
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveSftpSettings:
    host: str
    username: str
    password: str = field(repr=False)
    remote_root: str = "/archive/mosaics"
    port: int = 22

    @classmethod
    def from_env(cls) -> "ArchiveSftpSettings":
        return cls(
            host=os.environ["ARCHIVE_SFTP_HOST"],
            username=os.environ["ARCHIVE_SFTP_USER"],
            password=os.environ["ARCHIVE_SFTP_PASSWORD"],
            remote_root=os.environ.get("ARCHIVE_SFTP_ROOT", "/archive/mosaics"),
        )


def mirror_folder(local: Path, cfg: ArchiveSftpSettings | None = None) -> int:
    cfg = cfg or ArchiveSftpSettings.from_env()
    logger.info("starting archive mirror of %s with %r", local, cfg)
    transport = paramiko.Transport((cfg.host, cfg.port))
    transport.connect(username=cfg.username, password=cfg.password)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    try:
        for photo in sorted(local.glob("*.tif")):
            sftp.put(str(photo), f"{cfg.remote_root}/{photo.name}")
            sent += 1
    finally:
        sftp.close()
        transport.close()
    logger.info("archive mirror sent %d files to %s", sent, cfg.host)
    return sent
