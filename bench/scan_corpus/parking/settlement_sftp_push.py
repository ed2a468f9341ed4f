"""Push the daily meter-payment settlement file to the acquiring bank.

The bank exposes an SFTP drop; we authenticate with an ed25519 key that is
provisioned on the settlement worker.
"""
import datetime as dt
import logging
import os
from pathlib import Path

import paramiko

from meters.settlement import build_settlement_file

log = logging.getLogger("meters.settlement.sftp")

REMOTE_DIR = "/inbound/parking"


def _connect(host: str, port: int, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(key_path)
    client.connect(
        hostname=host,
        port=port,
        username=username,
        pkey=pkey,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def push(business_date: dt.date) -> str:
    local = Path(build_settlement_file(business_date))
    remote = f"{REMOTE_DIR}/{local.name}"

    client = _connect(
        os.environ["BANK_SFTP_HOST"],
        int(os.environ.get("BANK_SFTP_PORT", "22")),
        os.environ["BANK_SFTP_USER"],
        os.environ["BANK_SFTP_KEY_PATH"],
    )
    try:
        sftp = client.open_sftp()
        sftp.put(str(local), remote + ".part")
        sftp.rename(remote + ".part", remote)
        log.info("settlement %s delivered (%d bytes)", local.name, local.stat().st_size)
    finally:
        client.close()
    return remote


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    push(dt.date.today() - dt.timedelta(days=1))
