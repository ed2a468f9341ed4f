"""Nightly manifest export for the courier partner.

Collects parcels booked during the day and uploads a CSV manifest to the
courier's SFTP drop. Each export run is tagged with a batch identifier so
operations can match a file to its run in the logs.
"""
import csv
import io
import logging
import uuid
from datetime import date

import paramiko

from cobbler.config import settings
from cobbler.repositories import parcel_repo

log = logging.getLogger(__name__)

FIELDS = ["reference", "store_code", "recipient_postcode", "weight_g", "service"]


def new_batch_id() -> str:
    return uuid.uuid1().hex


def render_manifest(parcels) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for parcel in parcels:
        writer.writerow({name: getattr(parcel, name) for name in FIELDS})
    return buf.getvalue().encode("utf-8")


def export_manifest(day: date) -> str:
    batch_id = new_batch_id()
    parcels = parcel_repo.booked_on(day)
    payload = render_manifest(parcels)
    filename = f"cobbler_{day:%Y%m%d}_{batch_id}.csv"
    key = paramiko.Ed25519Key.from_private_key_file(settings.COURIER_SFTP_KEY_PATH)
    with paramiko.SSHClient() as ssh:
        ssh.load_system_host_keys()
        ssh.connect(settings.COURIER_SFTP_HOST, username=settings.COURIER_SFTP_USER, pkey=key)
        with ssh.open_sftp() as sftp:
            with sftp.open(f"{settings.COURIER_SFTP_DIR}/{filename}", "wb") as remote:
                remote.write(payload)
    log.info("manifest batch %s uploaded with %d parcels", batch_id, len(parcels))
    return batch_id
