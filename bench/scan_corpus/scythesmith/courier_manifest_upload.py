"""Nightly upload of the return-shipment manifest to the courier.

The courier collects sharpened blades from the forge each morning and
expects a CSV manifest of the day's parcels on its SFTP drop.
"""
import base64
import csv
import io
import logging
from datetime import date

import paramiko
from celery import shared_task

from scythesmith.config import settings
from scythesmith.mailin.models import SharpeningTicket

logger = logging.getLogger(__name__)

COURIER_SFTP = {
    "host": settings.COURIER_SFTP_HOST,
    "port": 22,
    "username": settings.COURIER_SFTP_USER,
    "password": settings.COURIER_SFTP_PASSWORD,
    "host_key": settings.COURIER_SFTP_HOST_KEY,
    "remote_dir": "/inbound/manifests",
}


def _manifest_csv(day: date) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["ticket", "name", "address", "postcode", "weight_g"])
    for ticket in SharpeningTicket.objects.filter(state="packed", packed_on=day):
        writer.writerow([ticket.number, ticket.return_name, ticket.return_address,
                         ticket.return_postcode, ticket.parcel_weight_g])
    return buffer.getvalue().encode("utf-8")


@shared_task(autoretry_for=(paramiko.SSHException, OSError), retry_backoff=True, max_retries=5)
def upload_manifest(day_iso: str | None = None) -> str:
    day = date.fromisoformat(day_iso) if day_iso else date.today()
    cfg = COURIER_SFTP
    target = "sftp://{username}:{password}@{host}:{port}{remote_dir}".format(**cfg)
    logger.info("uploading manifest for %s to %s", day, target)
    transport = paramiko.Transport((cfg["host"], cfg["port"]))
    try:
        host_key = paramiko.Ed25519Key(data=base64.b64decode(cfg["host_key"]))
        transport.connect(hostkey=host_key, username=cfg["username"], password=cfg["password"])
        sftp = paramiko.SFTPClient.from_transport(transport)
        remote_path = f"{cfg['remote_dir']}/scythesmith_{day:%Y%m%d}.csv"
        sftp.putfo(io.BytesIO(_manifest_csv(day)), remote_path)
    finally:
        transport.close()
    return remote_path
