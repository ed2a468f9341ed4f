"""Pull OS and hardware facts from Linux servers over SSH for the CMDB sync.

Usage: python inventory_ssh_collector.py hosts.txt facts.csv
"""
import csv
import logging
import os
import sys
from dataclasses import asdict, dataclass, field

import paramiko

log = logging.getLogger("cmdb.collector")

FACT_COMMANDS = {
    "kernel": "uname -r",
    "arch": "uname -m",
    "os_release": "grep -E '^PRETTY_NAME=' /etc/os-release",
    "product": "cat /sys/class/dmi/id/product_name",
    "uptime": "cut -d' ' -f1 /proc/uptime",
}
SSH_USER = os.environ.get("CMDB_SSH_USER", "cmdb")
KEY_FILE = os.environ.get("CMDB_SSH_KEY", os.path.expanduser("~/.ssh/cmdb_collector"))


@dataclass
class HostFacts:
    host: str
    reachable: bool = True
    facts: dict = field(default_factory=dict)


def collect(host: str, timeout: float = 10.0) -> HostFacts:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    try:
        client.connect(host, username=SSH_USER, key_filename=KEY_FILE, timeout=timeout)
    except (paramiko.SSHException, OSError) as exc:
        log.warning("cannot reach %s: %s", host, exc)
        return HostFacts(host, reachable=False)
    try:
        facts = {}
        for name, cmd in FACT_COMMANDS.items():
            _, stdout, _ = client.exec_command(cmd, timeout=timeout)
            facts[name] = stdout.read().decode("utf-8", "replace").strip()
        return HostFacts(host, facts=facts)
    finally:
        client.close()


def write_csv(results, path: str) -> None:
    columns = ["host", "reachable", *FACT_COMMANDS]
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for r in results:
            row = asdict(r)
            writer.writerow({"host": row["host"], "reachable": row["reachable"], **row["facts"]})


def main(hosts_file: str, out_file: str) -> None:
    with open(hosts_file) as fh:
        hosts = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    write_csv([collect(h) for h in hosts], out_file)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1], sys.argv[2])
