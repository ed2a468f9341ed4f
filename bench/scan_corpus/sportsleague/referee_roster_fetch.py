"""Fetch the weekly referee roster CSV from the referees' association SFTP drop.

The association's host key is pinned in deploy/known_hosts; connections to a
host that is not listed there are refused.
"""
import csv
import io
import os
from dataclasses import dataclass

import paramiko

from league.config import settings


@dataclass
class RosterEntry:
    referee_id: str
    name: str
    grade: str
    region: str


def _connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.SFTP_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=settings.REF_ASSOC_SFTP_HOST,
        port=settings.REF_ASSOC_SFTP_PORT,
        username=settings.REF_ASSOC_SFTP_USER,
        key_filename=os.environ["REF_ASSOC_SFTP_KEY_PATH"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def fetch_roster(remote_path: str = "outgoing/roster.csv") -> list[RosterEntry]:
    client = _connect()
    try:
        with client.open_sftp() as sftp, sftp.open(remote_path, "r") as fh:
            text = fh.read().decode("utf-8-sig")
    finally:
        client.close()
    reader = csv.DictReader(io.StringIO(text))
    return [
        RosterEntry(row["RefereeID"], row["Name"], row["Grade"], row["Region"])
        for row in reader
    ]
