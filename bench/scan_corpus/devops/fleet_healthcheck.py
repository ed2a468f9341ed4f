"""Nightly SSH sweep over the bare-metal fleet: disk, load and pending reboots.

Results are written as JSON lines so the on-call dashboard can pick them up.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field

import paramiko

log = logging.getLogger("fleet.healthcheck")

CHECKS = {
    "uptime": "cat /proc/loadavg",
    "disk": "df -P / /var",
    "reboot_required": "test -f /var/run/reboot-required && echo yes || echo no",
}
SSH_USER = os.environ.get("FLEET_SSH_USER", "ops")
SSH_KEY = os.path.expanduser(os.environ.get("FLEET_SSH_KEY", "~/.ssh/fleet_ed25519"))


@dataclass
class HostReport:
    host: str
    ok: bool = True
    results: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def _connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=SSH_USER, key_filename=SSH_KEY, timeout=10)
    return client


def check_host(host: str) -> HostReport:
    report = HostReport(host)
    try:
        client = _connect(host)
    except (paramiko.SSHException, OSError) as exc:
        return HostReport(host, ok=False, error=str(exc))
    try:
        for name, command in CHECKS.items():
            _, stdout, _ = client.exec_command(command, timeout=20)
            report.results[name] = stdout.read().decode().strip()
    finally:
        client.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inventory", type=argparse.FileType("r"))
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args(argv)
    hosts = [line.strip() for line in args.inventory if line.strip() and not line.startswith("#")]

    failures = 0
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {pool.submit(check_host, h): h for h in hosts}
        for fut in as_completed(futures):
            report = fut.result()
            failures += not report.ok
            sys.stdout.write(json.dumps(asdict(report)) + "\n")
    log.info("checked %d hosts, %d unreachable", len(hosts), failures)
    return 1 if failures else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
