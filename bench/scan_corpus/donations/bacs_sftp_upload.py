"""Upload Direct Debit submission files to the BACS bureau over SFTP."""

import argparse
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("bacs_upload")


def _connect(host: str, port: int, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        hostname=host,
        port=port,
        username=username,
        key_filename=key_path,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def upload(files: list[Path], remote_dir: str) -> None:
    client = _connect(
        host=os.environ["BUREAU_SFTP_HOST"],
        port=int(os.environ.get("BUREAU_SFTP_PORT", "22")),
        username=os.environ["BUREAU_SFTP_USER"],
        key_path=os.environ["BUREAU_SFTP_KEY"],
    )
    try:
        sftp = client.open_sftp()
        for path in files:
            remote = f"{remote_dir.rstrip('/')}/{path.name}"
            sftp.put(str(path), remote, confirm=True)
            log.info("uploaded %s (%d bytes)", path.name, path.stat().st_size)
        sftp.close()
    finally:
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--remote-dir", default="/inbound")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    upload(args.files, args.remote_dir)


if __name__ == "__main__":
    main()
