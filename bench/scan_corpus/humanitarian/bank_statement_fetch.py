"""Fetch daily reconciliation statements from the partner bank's SFTP.

Run by cron on the finance host; statements land in STATEMENT_DIR and are
picked up by the reconciliation job.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("finance.statements")

STATEMENT_DIR = Path(os.environ.get("STATEMENT_DIR", "/var/lib/finance/statements"))
KNOWN_HOSTS = os.environ.get("BANK_KNOWN_HOSTS", "/etc/relief/bank_known_hosts")


def open_sftp() -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=os.environ["BANK_SFTP_HOST"],
        username=os.environ["BANK_SFTP_USER"],
        key_filename=os.environ["BANK_SFTP_KEY_FILE"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client, client.open_sftp()


def fetch_new_statements(remote_dir: str = "/outbound/statements") -> list[Path]:
    STATEMENT_DIR.mkdir(parents=True, exist_ok=True)
    client, sftp = open_sftp()
    fetched = []
    try:
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                continue
            local = STATEMENT_DIR / os.path.basename(entry.filename)
            if local.exists():
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(local))
            fetched.append(local)
    finally:
        sftp.close()
        client.close()
    log.info("fetched %d statements", len(fetched))
    return fetched
