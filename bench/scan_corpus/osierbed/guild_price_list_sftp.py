"""Publish the weekly wholesale price list to the basketmakers' guild.

The guild runs an SFTP drop where suppliers leave their current price
lists; members' ordering software picks them up every Monday morning.
"""

import csv
import io
import os
from datetime import date

import paramiko

GUILD_HOST = "sftp.basketmakers-guild.org.uk"
GUILD_PORT = 22
REMOTE_DIR = "/incoming/suppliers/osierbed"
FIELDS = ["variety", "length_band", "bundle_price", "available"]


def price_list_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue().encode("utf-8")


def _connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        GUILD_HOST,
        port=GUILD_PORT,
        username=os.environ["GUILD_SFTP_USER"],
        password=os.environ["GUILD_SFTP_PASSWORD"],
        timeout=30,
    )
    return client


def publish_price_list(rows: list[dict], week: date | None = None) -> str:
    week = week or date.today()
    remote_name = f"{REMOTE_DIR}/prices-{week.isoformat()}.csv"
    client = _connect()
    try:
        sftp = client.open_sftp()
        with sftp.file(remote_name, "wb") as remote:
            remote.write(price_list_csv(rows))
        sftp.close()
    finally:
        client.close()
    return remote_name
