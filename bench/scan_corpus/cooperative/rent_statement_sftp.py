"""Fetches the daily rent-receipts statement from the bank's SFTP server."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("BANK_KNOWN_HOSTS", "/etc/coop/bank_known_hosts"))


def _client() -> paramiko.SSHClient:
    ssh = paramiko.SSHClient()
    # the bank publishes its host key fingerprint; ops pins it in KNOWN_HOSTS
    ssh.load_host_keys(str(KNOWN_HOSTS))
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    return ssh


def fetch_statements(dest_dir: Path, remote_dir: str = "/outbound/statements") -> list[Path]:
    fetched: list[Path] = []
    ssh = _client()
    ssh.connect(
        os.environ["BANK_SFTP_HOST"],
        username=os.environ["BANK_SFTP_USER"],
        key_filename=os.environ["BANK_SFTP_KEY_FILE"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    try:
        with ssh.open_sftp() as sftp:
            for name in sftp.listdir(remote_dir):
                if not name.endswith(".camt053.xml"):
                    continue
                local = dest_dir / os.path.basename(name)
                if local.exists():
                    continue
                sftp.get(f"{remote_dir}/{name}", str(local))
                fetched.append(local)
    finally:
        ssh.close()
    log.info("fetched %d statement files", len(fetched))
    return fetched
