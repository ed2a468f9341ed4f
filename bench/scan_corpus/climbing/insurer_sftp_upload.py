"""Monthly upload of incident statistics to the insurer's SFTP server."""
import csv
import io
import logging
import os
from dataclasses import dataclass
from datetime import date

import paramiko

log = logging.getLogger("incidents.insurer")

KNOWN_HOSTS = os.environ.get("INSURER_KNOWN_HOSTS", "/etc/summitwalls/insurer_known_hosts")


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    username: str
    key_path: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["INSURER_SFTP_HOST"],
            port=int(os.environ.get("INSURER_SFTP_PORT", "22")),
            username=os.environ["INSURER_SFTP_USER"],
            key_path=os.environ["INSURER_SFTP_KEY"],
            remote_dir=os.environ.get("INSURER_SFTP_DIR", "/incoming/stats"),
        )


def _client(target: SftpTarget, known_hosts: str = KNOWN_HOSTS) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(target.key_path)
    client.connect(target.host, port=target.port, username=target.username, pkey=pkey,
                   look_for_keys=False, allow_agent=False, timeout=30)
    return client


def render_stats(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["gym", "month", "incidents", "visits", "severity_max"])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def upload_month(target: SftpTarget, month: date, rows: list[dict]) -> str:
    remote_path = f"{target.remote_dir}/incidents_{month:%Y_%m}.csv"
    client = _client(target)
    try:
        sftp = client.open_sftp()
        with sftp.open(remote_path, "wb") as fh:
            fh.write(render_stats(rows))
        sftp.close()
    finally:
        client.close()
    log.info("uploaded %d incident rows for %s", len(rows), f"{month:%Y-%m}")
    return remote_path
