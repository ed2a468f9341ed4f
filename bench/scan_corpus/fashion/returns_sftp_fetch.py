"""Download the 3PL's daily returns-received manifests over SFTP.

The 3PL's host key is pinned in ``known_hosts`` shipped with the deployment;
a changed or unknown key stops the job.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_CONFIG = {
    "host": os.environ.get("RETURNS_SFTP_HOST", ""),
    "port": int(os.environ.get("RETURNS_SFTP_PORT", "22")),
    "username": os.environ.get("RETURNS_SFTP_USER", "returns"),
    "key_file": os.environ.get("RETURNS_SFTP_KEY", "~/.ssh/returns_ed25519"),
    "known_hosts": os.environ.get("RETURNS_SFTP_KNOWN_HOSTS", "/etc/returns-sync/known_hosts"),
    "remote_dir": "/outbound/returns",
}


def _client(cfg: dict) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(cfg["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        cfg["host"],
        port=cfg["port"],
        username=cfg["username"],
        key_filename=os.path.expanduser(cfg["key_file"]),
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client


def fetch_new_manifests(local_dir: Path, seen: set[str], cfg: dict = SFTP_CONFIG) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched = []
    client = _client(cfg)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(cfg["remote_dir"]):
            name = entry.filename
            if not stat.S_ISREG(entry.st_mode) or not name.endswith(".csv") or name in seen:
                continue
            if Path(name).name != name:
                continue
            target = local_dir / name
            sftp.get(f"{cfg['remote_dir']}/{name}", str(target))
            fetched.append(target)
    finally:
        client.close()
    log.info("fetched %d new returns manifests", len(fetched))
    return fetched
