"""Uploads completed LOLER inspection reports to the insurer's SFTP server.

Lifting equipment (telehandlers, access platforms, hoists) must have a
thorough examination report filed with the insurer every six months.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, List

import paramiko

log = logging.getLogger("toolhire.loler.upload")

KNOWN_HOSTS = Path(os.environ.get("TH_INSURER_KNOWN_HOSTS", "/etc/toolhire/ssh/insurer_known_hosts"))


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def _connect(client: paramiko.SSHClient) -> paramiko.SFTPClient:
    key = paramiko.RSAKey.from_private_key_file(
        os.environ["TH_INSURER_SFTP_KEY"],
        password=os.environ.get("TH_INSURER_SFTP_KEY_PASSPHRASE"),
    )
    client.connect(
        hostname=os.environ["TH_INSURER_SFTP_HOST"],
        port=int(os.environ.get("TH_INSURER_SFTP_PORT", "22")),
        username=os.environ["TH_INSURER_SFTP_USER"],
        pkey=key,
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client.open_sftp()


def upload_reports(reports: Iterable[Path], remote_dir: str = "/incoming/loler") -> List[str]:
    uploaded: List[str] = []
    client = _client()
    try:
        sftp = _connect(client)
        for report in reports:
            if report.suffix.lower() != ".pdf":
                log.warning("skipping non-pdf report %s", report.name)
                continue
            remote = f"{remote_dir}/{report.name}"
            sftp.put(str(report), remote, confirm=True)
            uploaded.append(remote)
            log.info("uploaded %s", report.name)
        sftp.close()
    finally:
        client.close()
    return uploaded
