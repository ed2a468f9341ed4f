"""Weekly job: uploads staff hours from the rota to the payroll provider's SFTP drop."""
from __future__ import annotations

import csv
import io
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import paramiko

log = logging.getLogger("payroll_export")


@dataclass(frozen=True)
class SftpSettings:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str
    known_hosts: str

    @classmethod
    def from_env(cls) -> "SftpSettings":
        return cls(
            host=os.environ["PAYROLL_SFTP_HOST"],
            port=int(os.environ.get("PAYROLL_SFTP_PORT", "22")),
            username=os.environ["PAYROLL_SFTP_USER"],
            password=os.environ["PAYROLL_SFTP_PASSWORD"],
            remote_dir=os.environ.get("PAYROLL_SFTP_DIR", "/inbound"),
            known_hosts=os.environ.get("PAYROLL_KNOWN_HOSTS", "/etc/puttpalace/payroll_known_hosts"),
        )


def build_hours_csv(rota_db: str, week_start: date) -> bytes:
    week_end = week_start + timedelta(days=7)
    with sqlite3.connect(rota_db) as conn:
        rows = conn.execute(
            "SELECT employee_no, SUM((julianday(clock_out) - julianday(clock_in)) * 24) "
            "FROM shifts WHERE clock_in >= ? AND clock_in < ? AND clock_out IS NOT NULL "
            "GROUP BY employee_no ORDER BY employee_no",
            (week_start.isoformat(), week_end.isoformat()),
        ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["employee_no", "week_start", "hours"])
    for employee_no, hours in rows:
        writer.writerow([employee_no, week_start.isoformat(), f"{hours:.2f}"])
    return buf.getvalue().encode("utf-8")


def upload(settings: SftpSettings, filename: str, data: bytes) -> None:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to %s:%d as %s", settings.host, settings.port, settings.username)
    client.connect(
        settings.host,
        port=settings.port,
        username=settings.username,
        password=settings.password,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    try:
        with client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(data), f"{settings.remote_dir}/{filename}")
    finally:
        client.close()
    log.info("uploaded %s (%d bytes)", filename, len(data))


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    venue_id = int(os.environ["VENUE_ID"])
    week_start = date.today() - timedelta(days=date.today().weekday() + 7)
    data = build_hours_csv(os.environ.get("ROTA_DB", "/var/lib/puttpalace/rota.db"), week_start)
    upload(SftpSettings.from_env(), f"hours_{venue_id:04d}_{week_start:%Y%m%d}.csv", data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
