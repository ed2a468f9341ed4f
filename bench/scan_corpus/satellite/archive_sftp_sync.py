"""Mirror finished products to the long-term archive over SFTP."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("ARCHIVE_KNOWN_HOSTS", "/etc/archive-sync/known_hosts"))


def open_archive_connection(host: str, user: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file, timeout=20, allow_agent=False)
    return client


def push_products(local_dir: Path, remote_dir: str) -> int:
    client = open_archive_connection(
        os.environ["ARCHIVE_HOST"],
        os.environ.get("ARCHIVE_USER", "archiver"),
        os.environ["ARCHIVE_KEY_FILE"],
    )
    sent = 0
    try:
        sftp = client.open_sftp()
        existing = set(sftp.listdir(remote_dir))
        for product in sorted(local_dir.glob("*.zip")):
            if product.name in existing:
                continue
            sftp.put(str(product), f"{remote_dir}/{product.name}")
            sent += 1
        log.info("pushed %d products to archive", sent)
    finally:
        client.close()
    return sent
