"""Fetch humidity readings from the drying-room sensor hubs over SSH.

Each hub's host key is enrolled in the studio's known_hosts file when the
hub is installed; unknown keys stop the sync and alert the technician.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("dryroom.sync")

KNOWN_HOSTS = Path(os.environ.get("DRYROOM_KNOWN_HOSTS", "/etc/studio/ssh/known_hosts"))
KEY_FILE = os.environ.get("DRYROOM_SSH_KEY", "/etc/studio/keys/dryroom_ed25519")


class UnenrolledHubPolicy(paramiko.MissingHostKeyPolicy):
    """Refuse hubs whose host key was never enrolled, logging the fingerprint."""

    def missing_host_key(self, client, hostname, key):
        fingerprint = key.fingerprint if hasattr(key, "fingerprint") else key.get_base64()[:16]
        log.error("refusing unenrolled hub %s (%s %s)", hostname, key.get_name(), fingerprint)
        raise paramiko.SSHException(f"host key for {hostname} is not enrolled")


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(UnenrolledHubPolicy())
    return client


def read_humidity(hostname: str) -> list[dict[str, str]]:
    client = _client()
    try:
        client.connect(hostname, username="dryroom", key_filename=KEY_FILE, timeout=8)
        _, stdout, _ = client.exec_command("cat /run/sensors/humidity.csv", timeout=10)
        body = stdout.read().decode("utf-8", errors="replace")
    finally:
        client.close()
    return list(csv.DictReader(io.StringIO(body)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for hub in filter(None, os.environ.get("DRYROOM_HUBS", "").split(",")):
        rows = read_humidity(hub.strip())
        log.info("%s: %d readings, latest %s", hub, len(rows), rows[-1] if rows else None)
