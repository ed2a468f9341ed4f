"""Nightly pull of handheld scanner logs from sorting-centre gateways.

Each sorting centre runs a small gateway box that the handheld scanners
dock into.  This job connects over SSH and copies the compressed logs into
the analytics landing area.
"""
import logging
import os
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("scanner_logs")

GATEWAY_USER = os.environ.get("SCANNER_GW_USER", "logpull")
KEY_FILE = os.environ.get("SCANNER_GW_KEY", "/etc/postal/keys/logpull_ed25519")
REMOTE_DIR = "/var/log/handheld"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    return client


def pull_logs(gateway_host: str, dest_root: Path) -> int:
    dest = dest_root / gateway_host
    dest.mkdir(parents=True, exist_ok=True)
    client = _client()
    client.connect(gateway_host, username=GATEWAY_USER, key_filename=KEY_FILE, timeout=30)
    try:
        sftp = client.open_sftp()
        count = 0
        for name in sftp.listdir(REMOTE_DIR):
            local_name = os.path.basename(name)
            if not local_name.endswith(".log.gz"):
                continue
            sftp.get(f"{REMOTE_DIR}/{local_name}", str(dest / local_name))
            count += 1
        return count
    finally:
        client.close()


def main(argv: list[str]) -> int:
    dest_root = Path(argv[1])
    failures = 0
    for host in Path(argv[0]).read_text().split():
        try:
            n = pull_logs(host, dest_root)
            log.info("pulled %d log files from %s", n, host)
        except (paramiko.SSHException, OSError):
            log.exception("log pull failed for %s", host)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1:]))
