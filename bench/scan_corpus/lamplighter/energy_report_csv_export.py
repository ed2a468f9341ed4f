"""CSV export of monthly burn-hour and kWh figures per lamp for councils.

The file is written to a temporary file first, then uploaded to the
council's SFTP drop so that a partially written report is never visible.
"""
from __future__ import annotations

import csv
import os
import tempfile

import paramiko

from lamplighter.energy import lamp_energy_rows
from lamplighter.settings import settings

FIELDS = ["asset_id", "ward_code", "lantern_type", "circuit_watts", "burn_hours", "kwh"]


def write_report(council_code: str, period: str) -> str:
    fd, path = tempfile.mkstemp(prefix=f"energy-{council_code}-", suffix=".csv", dir=settings.EXPORT_WORK_DIR)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in lamp_energy_rows(council_code, period):
            writer.writerow({k: row[k] for k in FIELDS})
    return path


def upload_report(local_path: str, council_code: str, period: str) -> str:
    remote_name = f"streetlighting_energy_{council_code}_{period}.csv"
    client = paramiko.SSHClient()
    client.load_host_keys(settings.COUNCIL_SFTP_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(settings.COUNCIL_SFTP_HOST, username=settings.COUNCIL_SFTP_USER, key_filename=settings.COUNCIL_SFTP_KEY_PATH)
    try:
        sftp = client.open_sftp()
        tmp_remote = f"{settings.COUNCIL_SFTP_DIR}/.{remote_name}.part"
        sftp.put(local_path, tmp_remote)
        sftp.rename(tmp_remote, f"{settings.COUNCIL_SFTP_DIR}/{remote_name}")
    finally:
        client.close()
    return remote_name


def export_month(council_code: str, period: str) -> str:
    path = write_report(council_code, period)
    try:
        return upload_report(path, council_code, period)
    finally:
        os.remove(path)
