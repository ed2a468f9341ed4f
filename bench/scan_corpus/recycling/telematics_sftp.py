"""Push planned route files to the truck telematics vendor over SFTP.

Run after the nightly route optimiser has written its CSV exports:

    python -m routes.telematics_sftp /srv/routes/export/2024-05-13
"""

import argparse
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("routes.sftp")


class RouteUploader:
    def __init__(self, host: str, username: str, key_path: str | None = None, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path or os.environ["TELEMATICS_SFTP_KEY"]
        self._client: paramiko.SSHClient | None = None

    def __enter__(self) -> "RouteUploader":
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.WarningPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=20,
            allow_agent=False,
            look_for_keys=False,
        )
        self._client = client
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()

    def upload_day(self, export_dir: Path, remote_dir: str = "inbound/routes") -> int:
        sftp = self._client.open_sftp()
        count = 0
        try:
            for path in sorted(export_dir.glob("*.csv")):
                staging = f"{remote_dir}/{path.name}.part"
                sftp.put(str(path), staging)
                sftp.posix_rename(staging, f"{remote_dir}/{path.name}")
                count += 1
                log.info("uploaded %s", path.name)
        finally:
            sftp.close()
        return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export_dir", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    with RouteUploader(os.environ["TELEMATICS_SFTP_HOST"], os.environ["TELEMATICS_SFTP_USER"]) as up:
        n = up.upload_day(args.export_dir)
    log.info("%d route files delivered", n)


if __name__ == "__main__":
    main()
