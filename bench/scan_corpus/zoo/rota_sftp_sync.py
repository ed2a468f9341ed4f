"""Nightly push of the keeper rota to the payroll provider's SFTP drop."""

import argparse
import csv
import io
import logging
import os
from datetime import date, timedelta

import paramiko

from rota.storage import load_shifts

log = logging.getLogger("rota_sftp_sync")


def build_csv(shifts) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["staff_no", "date", "section", "start", "end", "overtime_minutes"])
    for s in shifts:
        writer.writerow([s.staff_no, s.day.isoformat(), s.section, s.start, s.end, s.overtime])
    return buf.getvalue().encode("utf-8")


def connect(host: str, port: int, username: str, key_path: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        hostname=host,
        port=port,
        username=username,
        key_filename=key_path,
        timeout=30,
    )
    return client.open_sftp()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--week-start", type=date.fromisoformat, default=date.today() - timedelta(days=7))
    args = parser.parse_args()

    shifts = load_shifts(args.week_start, args.week_start + timedelta(days=6))
    payload = build_csv(shifts)

    sftp = connect(
        host=os.environ["PAYROLL_SFTP_HOST"],
        port=int(os.environ.get("PAYROLL_SFTP_PORT", "22")),
        username=os.environ["PAYROLL_SFTP_USER"],
        key_path=os.environ["PAYROLL_SFTP_KEY"],
    )
    remote = f"/incoming/zoo_rota_{args.week_start:%Y%m%d}.csv"
    with sftp.open(remote, "wb") as fh:
        fh.write(payload)
    log.info("uploaded %d shifts to %s", len(shifts), remote)
    sftp.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
