"""Pull completed background-check reports from the vendor's SFTP drop."""

import logging
import os
import re
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_HOST = os.environ["BGCHECK_SFTP_HOST"]
SFTP_PORT = int(os.environ.get("BGCHECK_SFTP_PORT", "22"))
SFTP_USER = os.environ["BGCHECK_SFTP_USER"]
SFTP_KEY_FILE = os.environ.get("BGCHECK_SFTP_KEY", "/etc/ats/keys/bgcheck_ed25519")
REMOTE_DIR = "/outbound/reports"
LOCAL_DIR = Path(os.environ.get("BGCHECK_INBOX", "/var/lib/ats/bgcheck/inbox"))
REPORT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}\.pdf$")


def connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        SFTP_HOST,
        port=SFTP_PORT,
        username=SFTP_USER,
        key_filename=SFTP_KEY_FILE,
        timeout=30,
    )
    return client


def pull_reports() -> list[Path]:
    LOCAL_DIR.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client = connect()
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(REMOTE_DIR):
            if not stat.S_ISREG(entry.st_mode or 0) or not REPORT_NAME.match(entry.filename):
                continue
            local = LOCAL_DIR / entry.filename
            sftp.get(f"{REMOTE_DIR}/{entry.filename}", str(local))
            sftp.rename(f"{REMOTE_DIR}/{entry.filename}", f"{REMOTE_DIR}/processed/{entry.filename}")
            fetched.append(local)
            log.info("fetched background report %s", entry.filename)
    finally:
        client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(f"{len(pull_reports())} reports fetched")
