"""Pull completed job sheets from the subcontractor SFTP drop."""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_HOST = os.environ["SUBCONTRACTOR_SFTP_HOST"]
SFTP_PORT = int(os.environ.get("SUBCONTRACTOR_SFTP_PORT", "22"))
SFTP_USER = os.environ["SUBCONTRACTOR_SFTP_USER"]
SFTP_KEY_FILE = os.environ["SUBCONTRACTOR_SFTP_KEY_FILE"]
KNOWN_HOSTS = os.environ.get("SUBCONTRACTOR_KNOWN_HOSTS", "/etc/fieldops/known_hosts")
REMOTE_DIR = "/outbound/jobsheets"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        SFTP_HOST,
        port=SFTP_PORT,
        username=SFTP_USER,
        key_filename=SFTP_KEY_FILE,
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client


def sync_jobsheets(local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    with _client() as ssh, ssh.open_sftp() as sftp:
        for entry in sftp.listdir_attr(REMOTE_DIR):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".pdf"):
                continue
            target = local_dir / Path(entry.filename).name
            if target.exists():
                continue
            sftp.get(f"{REMOTE_DIR}/{entry.filename}", str(target))
            fetched.append(target)
    log.info("Fetched %d job sheet(s) from %s", len(fetched), SFTP_HOST)
    return fetched
