"""Pull settlement files from partner SFTP servers.

Host keys for every partner are pinned in the ops-managed known_hosts
file; a partner rotating its host key needs a change ticket.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("SETTLEMENT_KNOWN_HOSTS", "/etc/loyalty/sftp_known_hosts"))
LOCAL_INBOX = Path(os.environ.get("SETTLEMENT_INBOX", "/srv/loyalty/settlement-inbox"))


def _connect(host: str, port: int, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        port=port,
        username=username,
        key_filename=key_path,
        allow_agent=False,
        look_for_keys=False,
        timeout=30,
    )
    return client


def fetch_new_files(partner_code: str, host: str, port: int, username: str, remote_dir: str) -> list[Path]:
    key_path = os.environ["SETTLEMENT_SFTP_KEY"]
    dest = LOCAL_INBOX / partner_code
    dest.mkdir(parents=True, exist_ok=True)
    fetched = []
    with _connect(host, port, username, key_path) as ssh, ssh.open_sftp() as sftp:
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".tar.gz"):
                continue
            name = os.path.basename(entry.filename)
            target = dest / name
            if target.exists():
                continue
            sftp.get(f"{remote_dir}/{name}", str(target))
            fetched.append(target)
            log.info("%s: fetched %s (%d bytes)", partner_code, name, entry.st_size)
    return fetched
