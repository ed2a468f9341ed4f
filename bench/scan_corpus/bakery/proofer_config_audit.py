"""Collect proofer controller configs over SSH for the weekly change audit.

The proofers' controller boxes are provisioned with host keys that the
ops team pins in the plant known_hosts file; unknown hosts are refused.
"""
import argparse
import hashlib
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("PLANT_KNOWN_HOSTS", "/etc/bakery/ssh_known_hosts"))
REMOTE_CONFIG = "/etc/proofer/controller.yaml"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def fetch_config(host: str, username: str, key_file: str, dest_dir: Path) -> Path:
    client = _client()
    try:
        client.connect(host, username=username, key_filename=key_file, timeout=15, allow_agent=False)
        with client.open_sftp() as sftp, sftp.open(REMOTE_CONFIG, "rb") as fh:
            data = fh.read()
    finally:
        client.close()
    target = dest_dir / f"{host}.controller.yaml"
    target.write_bytes(data)
    log.info("saved %s config (%d bytes, sha256 %s)", host, len(data), hashlib.sha256(data).hexdigest()[:12])
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("hosts", nargs="+")
    parser.add_argument("--user", default="audit")
    parser.add_argument("--key", default=os.path.expanduser("~/.ssh/proofer_audit_ed25519"))
    parser.add_argument("--out", type=Path, default=Path("proofer-configs"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    args.out.mkdir(parents=True, exist_ok=True)
    for host in args.hosts:
        fetch_config(host, args.user, args.key, args.out)


if __name__ == "__main__":
    main()
