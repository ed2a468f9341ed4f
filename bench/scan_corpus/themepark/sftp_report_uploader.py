"""Upload daily attendance and revenue extracts to the finance SFTP drop."""
import logging
import os
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_HOST = os.environ["FINANCE_SFTP_HOST"]
SFTP_PORT = int(os.environ.get("FINANCE_SFTP_PORT", "22"))
KNOWN_HOSTS = os.environ.get("FINANCE_SFTP_KNOWN_HOSTS", "/etc/park/ssh/known_hosts")
REMOTE_INBOX = "/inbound/themepark"


class FinanceDrop:
    def __init__(self):
        self._client = paramiko.SSHClient()
        self._client.load_host_keys(KNOWN_HOSTS)
        self._client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self):
        self._client.connect(
            SFTP_HOST,
            port=SFTP_PORT,
            username=os.environ["FINANCE_SFTP_USER"],
            key_filename=os.environ["FINANCE_SFTP_KEY"],
            look_for_keys=False,
            allow_agent=False,
            timeout=30,
        )
        self._sftp = self._client.open_sftp()
        return self

    def __exit__(self, *exc):
        self._sftp.close()
        self._client.close()

    def put(self, local: Path) -> str:
        remote = f"{REMOTE_INBOX}/{local.name}"
        self._sftp.put(str(local), remote + ".part")
        self._sftp.rename(remote + ".part", remote)
        log.info("uploaded %s (%d bytes)", remote, local.stat().st_size)
        return remote


def upload_day(export_dir: Path, day: date) -> list[str]:
    files = sorted(export_dir.glob(f"*_{day:%Y%m%d}.csv"))
    with FinanceDrop() as drop:
        return [drop.put(f) for f in files]
