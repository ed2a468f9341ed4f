"""Pulls event logs off the well-pad SCADA gateways over SSH.

Runs hourly from the ops jump host.  Each gateway keeps a rolling
/var/log/scada/events.log; we fetch anything new since the last offset and
append it to the site's log archive.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("wellpad_logs")

STATE_FILE = Path("/var/lib/wellpad-logs/offsets.json")
ARCHIVE_ROOT = Path("/srv/scada-archive")
REMOTE_LOG = "/var/log/scada/events.log"


@dataclass
class Gateway:
    name: str
    host: str
    user: str = "collector"
    port: int = 22


def _load_offsets() -> dict[str, int]:
    if STATE_FILE.exists():
        return json.loads(STATE_FILE.read_text())
    return {}


def _save_offsets(offsets: dict[str, int]) -> None:
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(offsets, indent=2))


def _connect(gw: Gateway, key_file: Path) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # gateways get reimaged by the vendor and come back with new host keys
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(gw.host, port=gw.port, username=gw.user, key_filename=str(key_file), timeout=15)
    return client


def collect(gateways: list[Gateway], key_file: Path) -> None:
    offsets = _load_offsets()
    for gw in gateways:
        try:
            client = _connect(gw, key_file)
        except (paramiko.SSHException, OSError) as exc:
            log.error("cannot reach %s: %s", gw.name, exc)
            continue
        try:
            with client.open_sftp() as sftp, sftp.open(REMOTE_LOG, "rb") as remote:
                size = remote.stat().st_size
                start = offsets.get(gw.name, 0)
                if size < start:  # log rotated
                    start = 0
                remote.seek(start)
                chunk = remote.read(size - start)
            dest = ARCHIVE_ROOT / gw.name / "events.log"
            dest.parent.mkdir(parents=True, exist_ok=True)
            with dest.open("ab") as fh:
                fh.write(chunk)
            offsets[gw.name] = size
            log.info("%s: %d new bytes", gw.name, len(chunk))
        finally:
            client.close()
    _save_offsets(offsets)
