"""Deliver payment batches to the partner bank over SFTP.

Usage:
    python -m payments.bank_sftp_upload BATCH_ID

Connection details come from the environment of the payments worker.
"""
import argparse
import logging
import os
import posixpath
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("payments.sftp")

OUTBOX = Path(os.environ.get("PAYMENTS_OUTBOX", "/var/lib/payments/outbox"))


def _connect() -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        hostname=os.environ["BANK_SFTP_HOST"],
        port=int(os.environ.get("BANK_SFTP_PORT", "22")),
        username=os.environ["BANK_SFTP_USER"],
        key_filename=os.environ["BANK_SFTP_KEY_FILE"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client.open_sftp()


def upload_batch(batch_id: str) -> str:
    local = OUTBOX / f"{batch_id}.pay.enc"
    if not local.is_file():
        raise FileNotFoundError(local)
    remote_dir = os.environ.get("BANK_SFTP_INBOX", "/inbound")
    remote = posixpath.join(remote_dir, local.name)
    sftp = _connect()
    try:
        sftp.put(str(local), remote + ".part")
        sftp.rename(remote + ".part", remote)
    finally:
        sftp.close()
    log.info("delivered batch %s to %s", batch_id, remote)
    return remote


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch_id")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    upload_batch(args.batch_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
