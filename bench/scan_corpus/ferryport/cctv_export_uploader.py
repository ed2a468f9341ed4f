"""Upload CCTV evidence exports to the police evidence SFTP drop."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import quote

import paramiko

log = logging.getLogger("cctv.export")


class EvidenceDrop:
    def __init__(self, host: str, port: int, user: str, password: str, remote_dir: str) -> None:
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.remote_dir = remote_dir

    @classmethod
    def from_env(cls) -> "EvidenceDrop":
        return cls(
            host=os.environ["EVIDENCE_SFTP_HOST"],
            port=int(os.environ.get("EVIDENCE_SFTP_PORT", "22")),
            user=os.environ["EVIDENCE_SFTP_USER"],
            password=os.environ["EVIDENCE_SFTP_PASSWORD"],
            remote_dir=os.environ.get("EVIDENCE_SFTP_DIR", "/incoming"),
        )

    def url(self) -> str:
        return f"sftp://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}{self.remote_dir}"


def upload_exports(drop: EvidenceDrop, exports: list[Path], case_number: str) -> list[str]:
    log.info("connecting to evidence drop %s for case %s", drop.url(), case_number)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(drop.host, port=drop.port, username=drop.user, password=drop.password,
                   look_for_keys=False, allow_agent=False)
    uploaded: list[str] = []
    try:
        sftp = client.open_sftp()
        case_dir = f"{drop.remote_dir}/{case_number}"
        try:
            sftp.mkdir(case_dir)
        except OSError:
            pass
        for clip in exports:
            remote = f"{case_dir}/{clip.name}"
            sftp.put(str(clip), remote)
            uploaded.append(remote)
            log.info("uploaded %s (%d bytes)", remote, clip.stat().st_size)
    finally:
        client.close()
    return uploaded
