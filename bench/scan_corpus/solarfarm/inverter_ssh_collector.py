"""Pull fault logs from central inverters over SSH.

Runs nightly from the site server; the inverter inventory comes from the
asset register export.
"""

import csv
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("inverter_ssh_collector")

REMOTE_LOG = "/var/log/pcs/fault.log"


def read_inventory(path: Path) -> list[dict]:
    with path.open(newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("protocol") == "ssh"]


def fetch_fault_log(host: str, username: str, key_file: str, dest: Path) -> int:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=username, key_filename=key_file, timeout=15)
    try:
        with client.open_sftp() as sftp:
            sftp.get(REMOTE_LOG, str(dest))
    finally:
        client.close()
    return dest.stat().st_size


def main() -> None:
    inventory = read_inventory(Path(os.environ.get("INVERTER_INVENTORY", "inventory.csv")))
    out_dir = Path(os.environ.get("FAULT_LOG_DIR", "fault_logs"))
    out_dir.mkdir(parents=True, exist_ok=True)
    key_file = os.environ["INVERTER_SSH_KEY"]
    for row in inventory:
        dest = out_dir / f"{row['asset_id']}.log"
        try:
            size = fetch_fault_log(row["host"], row.get("user", "pcsadmin"), key_file, dest)
            log.info("%s: %d bytes", row["asset_id"], size)
        except (paramiko.SSHException, OSError) as exc:
            log.warning("%s: %s", row["asset_id"], exc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
