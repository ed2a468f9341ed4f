"""Upload of the weekly lifeguard roster to the staffing agency's SFTP server.

The agency payroll system picks up one CSV per week with shift start/end times
and tower assignments for every certified lifeguard.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date

import paramiko


@dataclass
class Shift:
    lifeguard_id: str
    tower: str
    day: date
    start: str
    end: str


class AgencySftpLink:
    host_key_policy = paramiko.AutoAddPolicy
    port = 22

    def __init__(self, host: str, username: str, key_path: str) -> None:
        self.host = host
        self.username = username
        self.key_path = key_path

    def connect(self) -> paramiko.SFTPClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=20,
        )
        return client.open_sftp()


def roster_csv(shifts: list[Shift]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["lifeguard_id", "tower", "date", "start", "end"])
    for s in shifts:
        writer.writerow([s.lifeguard_id, s.tower, s.day.isoformat(), s.start, s.end])
    return buf.getvalue().encode()


def upload_roster(week_start: date, shifts: list[Shift]) -> str:
    link = AgencySftpLink(
        host=os.environ["AGENCY_SFTP_HOST"],
        username=os.environ["AGENCY_SFTP_USER"],
        key_path=os.environ["AGENCY_SFTP_KEY"],
    )
    remote = f"/inbound/rosters/aquapark_{week_start.isoformat()}.csv"
    sftp = link.connect()
    try:
        with sftp.open(remote, "wb") as fh:
            fh.write(roster_csv(shifts))
    finally:
        sftp.close()
    return remote
