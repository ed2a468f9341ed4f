"""Upload the monthly franchisee revenue report to HQ's SFTP drop."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP = {
    "host": os.environ["HQ_SFTP_HOST"],
    "port": 22,
    "username": "franchise_upload",
    "password": "Fr4nch!se-Upl0ad-2023",
    "remote_dir": "/incoming/reports",
}


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        SFTP["host"],
        port=SFTP["port"],
        username=SFTP["username"],
        password=SFTP["password"],
        timeout=20,
    )
    return client


def upload_report(local_path: Path, franchise_code: str, period: str) -> str:
    remote = f"{SFTP['remote_dir']}/{franchise_code}-{period}{local_path.suffix}"
    with _client() as client:
        sftp = client.open_sftp()
        try:
            sftp.put(str(local_path), remote)
        finally:
            sftp.close()
    log.info("uploaded %s to %s", local_path.name, remote)
    return remote
