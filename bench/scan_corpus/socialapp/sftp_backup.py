"""Nightly copy of moderation evidence bundles to the legal-hold SFTP server."""

import argparse
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("backup.sftp")


def connect(host: str, port: int, username: str, key_path: Path, known_hosts: Path) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(str(known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=host,
        port=port,
        username=username,
        key_filename=str(key_path),
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client.open_sftp()


def upload_bundles(sftp: paramiko.SFTPClient, local_dir: Path, remote_dir: str) -> int:
    count = 0
    for bundle in sorted(local_dir.glob("*.tar.zst")):
        remote_path = f"{remote_dir.rstrip('/')}/{bundle.name}"
        sftp.put(str(bundle), remote_path, confirm=True)
        log.info("uploaded %s (%d bytes)", bundle.name, bundle.stat().st_size)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--remote-dir", default="/incoming/evidence")
    args = parser.parse_args()

    sftp = connect(
        host=os.environ["LEGAL_SFTP_HOST"],
        port=int(os.environ.get("LEGAL_SFTP_PORT", "22")),
        username=os.environ["LEGAL_SFTP_USER"],
        key_path=Path(os.environ["LEGAL_SFTP_KEY_PATH"]),
        known_hosts=Path(os.environ.get("LEGAL_SFTP_KNOWN_HOSTS", "/etc/ssh/ssh_known_hosts")),
    )
    try:
        n = upload_bundles(sftp, args.source, args.remote_dir)
        log.info("backup complete: %d bundles", n)
    finally:
        sftp.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
