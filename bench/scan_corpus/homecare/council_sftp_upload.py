"""Upload of monthly invoice files to council finance SFTP drop boxes.

Several councils still take invoices as CSV plus PDF on SFTP. Connection
details come from environment variables per council; the host keys are
pinned in the agency's known_hosts file.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("invoicing.sftp")


@dataclass(frozen=True)
class SftpTarget:
    council_code: str
    host: str
    port: int
    username: str
    password: str
    remote_dir: str

    @classmethod
    def for_council(cls, council_code: str) -> "SftpTarget":
        prefix = f"SFTP_{council_code.upper()}_"
        return cls(
            council_code=council_code.upper(),
            host=os.environ[prefix + "HOST"],
            port=int(os.environ.get(prefix + "PORT", "22")),
            username=os.environ[prefix + "USER"],
            password=os.environ[prefix + "PASSWORD"],
            remote_dir=os.environ.get(prefix + "DIR", "/incoming"),
        )

    def __repr__(self) -> str:
        return f"SftpTarget({self.council_code}, {self.username}@{self.host}:{self.port})"


def upload_invoice_files(target: SftpTarget, files: list[Path], known_hosts: Path) -> int:
    client = paramiko.SSHClient()
    client.load_host_keys(str(known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to %s:%s as %s for council %s", target.host, target.port, target.username, target.council_code)
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        password=target.password,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    sent = 0
    try:
        sftp = client.open_sftp()
        for path in files:
            remote = f"{target.remote_dir.rstrip('/')}/{path.name}"
            sftp.put(str(path), remote, confirm=True)
            log.info("uploaded %s (%d bytes) to %s", path.name, path.stat().st_size, target.council_code)
            sent += 1
        sftp.close()
    except (paramiko.SSHException, OSError) as exc:
        log.error("upload to %r failed after %d files: %s", target, sent, exc)
        raise
    finally:
        client.close()
    return sent
