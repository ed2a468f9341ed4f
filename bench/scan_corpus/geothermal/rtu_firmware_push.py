"""Stages approved firmware images onto wellhead RTUs via their SSH maintenance port."""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("RTU_KNOWN_HOSTS", "/etc/geo-ops/rtu_known_hosts"))
REMOTE_STAGING = "/opt/rtu/firmware/staging"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    # new RTUs are enrolled through the commissioning checklist, which records the host key
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def push_image(host: str, image: Path, expected_sha256: str, key_file: Path) -> None:
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    if digest != expected_sha256.lower():
        raise ValueError(f"{image.name}: checksum mismatch, refusing to stage")

    client = _client()
    client.connect(host, username="fwstage", key_filename=str(key_file), timeout=20, allow_agent=False)
    try:
        with client.open_sftp() as sftp:
            remote_path = f"{REMOTE_STAGING}/{image.name}"
            sftp.put(str(image), remote_path)
            log.info("staged %s on %s", image.name, host)
    finally:
        client.close()
