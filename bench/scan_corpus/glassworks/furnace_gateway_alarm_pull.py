"""Pull alarm journals from the furnace PLC edge gateways over SSH.

Each melting furnace has a small Linux gateway next to the PLC rack that keeps
a rolling alarm journal.  The night job collects these journals so the process
engineers can review excursions at the morning production meeting.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import paramiko

log = logging.getLogger("glassworks.furnace.alarms")

ARCHIVE_DIR = Path(os.environ.get("ALARM_ARCHIVE_DIR", "/srv/glassworks/alarms"))


@dataclass
class GatewayProfile:
    hostname: str
    username: str = "histsvc"
    key_file: str = os.environ.get("FURNACE_GW_KEY", "/etc/glassworks/keys/histsvc_ed25519")
    port: int = 22
    journal_path: str = "/var/lib/plc-edge/alarms.jsonl"
    host_key_policy: type = paramiko.WarningPolicy
    connect_timeout: float = 15.0


def gateway_profiles() -> list[GatewayProfile]:
    names = os.environ.get("FURNACE_GATEWAYS", "")
    return [GatewayProfile(hostname=n.strip()) for n in names.split(",") if n.strip()]


def open_session(profile: GatewayProfile) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(profile.host_key_policy())
    client.connect(
        profile.hostname,
        port=profile.port,
        username=profile.username,
        key_filename=profile.key_file,
        timeout=profile.connect_timeout,
        allow_agent=False,
    )
    return client


def read_journal(client: paramiko.SSHClient, path: str) -> Iterator[dict]:
    with client.open_sftp() as sftp, sftp.open(path, "r") as fh:
        for raw in fh:
            line = raw.strip()
            if line:
                yield json.loads(line)


def collect_all() -> int:
    total = 0
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    for profile in gateway_profiles():
        client = open_session(profile)
        try:
            events = list(read_journal(client, profile.journal_path))
        finally:
            client.close()
        target = ARCHIVE_DIR / f"{profile.hostname}.jsonl"
        with target.open("a", encoding="utf-8") as out:
            for event in events:
                out.write(json.dumps(event, sort_keys=True) + "\n")
        log.info("collected %d alarms from %s", len(events), profile.hostname)
        total += len(events)
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    collect_all()
