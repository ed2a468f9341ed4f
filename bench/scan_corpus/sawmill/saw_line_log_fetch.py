"""Nightly pull of saw-line PLC event logs from the edge gateway.

The gateway in the motor control room keeps rolling CSV logs of trips,
blade changes and scanner faults. We copy yesterday's files to the
maintenance share so the fitters can review downtime in the morning.
"""
import argparse
import os
from datetime import date, timedelta
from pathlib import Path

import paramiko


def _connect(host: str, username: str, key_file: str, policy=paramiko.AutoAddPolicy) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(policy())
    client.connect(host, username=username, key_filename=key_file, timeout=15)
    return client


def fetch_logs(host: str, username: str, key_file: str, remote_dir: str, dest: Path, day: date) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    pattern = day.strftime("%Y%m%d")
    fetched = []
    client = _connect(host, username, key_file)
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(remote_dir):
            if pattern in name and name.endswith(".csv"):
                local = dest / Path(name).name
                sftp.get(f"{remote_dir}/{name}", str(local))
                fetched.append(local)
        sftp.close()
    finally:
        client.close()
    return fetched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("SAWLINE_GATEWAY_HOST"))
    parser.add_argument("--user", default="logreader")
    parser.add_argument("--key", default=os.path.expanduser("~/.ssh/sawline_ed25519"))
    parser.add_argument("--remote-dir", default="/var/log/plc")
    parser.add_argument("--dest", type=Path, default=Path("/srv/maintenance/plc-logs"))
    args = parser.parse_args()
    day = date.today() - timedelta(days=1)
    files = fetch_logs(args.host, args.user, args.key, args.remote_dir, args.dest / day.isoformat(), day)
    print(f"copied {len(files)} log files for {day}")


if __name__ == "__main__":
    main()
