"""Uploads end-of-day statement batches to the clearing firm's SFTP drop."""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_HOST = os.environ["CLEARING_SFTP_HOST"]
SFTP_PORT = int(os.environ.get("CLEARING_SFTP_PORT", "22"))
SFTP_USER = os.environ["CLEARING_SFTP_USER"]
SFTP_KEY_PATH = os.environ["CLEARING_SFTP_KEY"]
REMOTE_DIR = "/inbound/statements"


def _connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        SFTP_HOST,
        port=SFTP_PORT,
        username=SFTP_USER,
        key_filename=SFTP_KEY_PATH,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def upload_batch(batch_dir: Path) -> list[str]:
    sent = []
    with _connect() as client, client.open_sftp() as sftp:
        for pdf in sorted(batch_dir.glob("*.pdf")):
            remote = posixpath.join(REMOTE_DIR, pdf.name)
            sftp.put(str(pdf), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
            sent.append(pdf.name)
    log.info("uploaded %d statements from %s", len(sent), batch_dir)
    return sent
