"""Nightly export of the pilot fatigue roster to the port authority.

The port authority's marine safety office receives the rest-hour records
for every licensed pilot. The file is encrypted with the shared key
agreed in the data-sharing arrangement and dropped on their SFTP server.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date

import paramiko
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class RestRecord:
    pilot_id: str
    day: date
    hours_worked: float
    hours_rest: float
    longest_rest_block: float


def render_csv(records: list[RestRecord]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["pilot_id", "day", "hours_worked", "hours_rest", "longest_rest_block"])
    for r in records:
        writer.writerow([r.pilot_id, r.day.isoformat(), r.hours_worked, r.hours_rest,
                         r.longest_rest_block])
    return buf.getvalue().encode("utf-8")


def encrypt_export(payload: bytes, shared_key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(shared_key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


class RosterExporter:
    def __init__(self, host: str, username: str, key_path: str, known_hosts: str) -> None:
        self._host = host
        self._username = username
        self._key_path = key_path
        self._known_hosts = known_hosts

    def upload(self, records: list[RestRecord], shared_key: bytes, for_day: date) -> str:
        blob = encrypt_export(render_csv(records), shared_key)
        remote_name = f"/inbound/fatigue/roster_{for_day:%Y%m%d}.csv.enc"
        client = paramiko.SSHClient()
        client.load_host_keys(self._known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self._host, username=self._username, key_filename=self._key_path)
        try:
            with client.open_sftp() as sftp:
                with sftp.open(remote_name, "wb") as fh:
                    fh.write(blob)
        finally:
            client.close()
        return remote_name


def main() -> None:
    exporter = RosterExporter(
        host=os.environ["PA_SFTP_HOST"],
        username=os.environ["PA_SFTP_USER"],
        key_path=os.environ["PA_SFTP_KEY"],
        known_hosts=os.environ.get("PA_KNOWN_HOSTS", os.path.expanduser("~/.ssh/known_hosts")),
    )
    shared_key = bytes.fromhex(os.environ["PA_EXPORT_KEY_HEX"])
    exporter.upload([], shared_key, date.today())


if __name__ == "__main__":
    main()
