"""Fetch processed tax-return acknowledgements from the federal exchange SFTP."""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("exchange.sftp")

REMOTE_DIR = "/outbound/acks"


def _connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        hostname=os.environ["EXCHANGE_SFTP_HOST"],
        port=int(os.environ.get("EXCHANGE_SFTP_PORT", "22")),
        username=os.environ["EXCHANGE_SFTP_USER"],
        key_filename=os.environ["EXCHANGE_SFTP_KEY"],
        timeout=30,
    )
    return client


def fetch_acknowledgements(local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched = []
    client = _connect()
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(REMOTE_DIR):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".xml"):
                continue
            target = local_dir / Path(entry.filename).name
            sftp.get(f"{REMOTE_DIR}/{entry.filename}", str(target))
            sftp.rename(f"{REMOTE_DIR}/{entry.filename}", f"{REMOTE_DIR}/done/{entry.filename}")
            fetched.append(target)
        log.info("fetched %d acknowledgement files", len(fetched))
    finally:
        client.close()
    return fetched
