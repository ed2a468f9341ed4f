"""Nightly export of invoices and payments to the accountant's SFTP drop.

Runs as a Celery beat task; produces a CSV per day and uploads it to the
bookkeeping firm's server.
"""
import base64
import csv
import io
import logging
from datetime import date, timedelta

import paramiko
from celery import shared_task

from knifegrinder.billing.queries import invoices_for_day
from knifegrinder.settings import settings

logger = logging.getLogger(__name__)

SFTP = {
    "host": settings.ACCOUNTANT_SFTP_HOST,
    "port": settings.ACCOUNTANT_SFTP_PORT,
    "user": settings.ACCOUNTANT_SFTP_USER,
    "password": settings.ACCOUNTANT_SFTP_PASSWORD,
    "remote_dir": "/incoming/knifegrinder",
    "host_key": settings.ACCOUNTANT_SFTP_HOST_KEY,
}


def _render_csv(day: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["invoice", "customer", "issued", "net", "vat", "gross", "paid"])
    for inv in invoices_for_day(day):
        writer.writerow([inv.number, inv.customer_name, inv.issued_on, inv.net, inv.vat, inv.gross, inv.paid_on or ""])
    return buf.getvalue().encode("utf-8")


def _target_uri(cfg: dict) -> str:
    return f"sftp://{cfg['user']}:{cfg['password']}@{cfg['host']}:{cfg['port']}{cfg['remote_dir']}"


@shared_task(bind=True, max_retries=3, default_retry_delay=600)
def export_invoices(self, day_iso: str = ""):
    day = date.fromisoformat(day_iso) if day_iso else date.today() - timedelta(days=1)
    payload = _render_csv(day)
    target = _target_uri(SFTP)
    logger.info("uploading %d bytes of invoices for %s to %s", len(payload), day, target)
    transport = paramiko.Transport((SFTP["host"], SFTP["port"]))
    try:
        host_key = paramiko.Ed25519Key(data=base64.b64decode(SFTP["host_key"]))
        transport.connect(hostkey=host_key, username=SFTP["user"], password=SFTP["password"])
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.putfo(io.BytesIO(payload), f"{SFTP['remote_dir']}/invoices-{day.isoformat()}.csv")
    except (paramiko.SSHException, OSError) as exc:
        raise self.retry(exc=exc)
    finally:
        transport.close()
    return {"day": day.isoformat(), "bytes": len(payload)}
