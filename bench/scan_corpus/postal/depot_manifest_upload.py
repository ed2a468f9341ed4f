"""Upload of end-of-day dispatch manifests to the regional sorting hub.

Each delivery depot sends a CSV manifest of the cages loaded onto the night
trunk.  The hub's SFTP host key is pinned in the known_hosts file shipped
with the depot image.
"""
import logging
import os
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("manifest_upload")

HUB_HOST = os.environ["SORT_HUB_SFTP_HOST"]
HUB_USER = os.environ.get("SORT_HUB_SFTP_USER", "depot")
KEY_FILE = os.environ.get("SORT_HUB_SFTP_KEY", "/etc/postal/keys/depot_ed25519")
KNOWN_HOSTS = os.environ.get("SORT_HUB_KNOWN_HOSTS", "/etc/postal/ssh/known_hosts")
REMOTE_INBOX = "/inbox/manifests"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def upload_manifest(local_path: Path, depot_code: str) -> str:
    remote_name = f"{depot_code}_{local_path.stem}.csv"
    client = _client()
    client.connect(HUB_HOST, username=HUB_USER, key_filename=KEY_FILE, timeout=30)
    try:
        sftp = client.open_sftp()
        tmp_remote = f"{REMOTE_INBOX}/.{remote_name}.part"
        sftp.put(str(local_path), tmp_remote)
        sftp.posix_rename(tmp_remote, f"{REMOTE_INBOX}/{remote_name}")
        return remote_name
    finally:
        client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    name = upload_manifest(Path(sys.argv[1]), sys.argv[2])
    log.info("uploaded manifest as %s", name)
