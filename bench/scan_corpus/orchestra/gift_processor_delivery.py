"""Deliver the weekly donor file to the gift-processing bureau over SFTP."""
import logging
from pathlib import Path

import paramiko
from django.conf import settings

logger = logging.getLogger("crm.delivery")


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(settings.GIFT_BUREAU_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=settings.GIFT_BUREAU_SFTP_HOST,
        port=settings.GIFT_BUREAU_SFTP_PORT,
        username=settings.GIFT_BUREAU_SFTP_USER,
        key_filename=settings.GIFT_BUREAU_SFTP_KEY,
        timeout=20,
    )
    return client


def deliver(export_file: Path) -> str:
    remote_name = f"{settings.GIFT_BUREAU_REMOTE_DIR}/{export_file.name}"
    client = _client()
    try:
        with client.open_sftp() as sftp:
            sftp.put(str(export_file), remote_name, confirm=True)
    finally:
        client.close()
    logger.info("delivered %s to gift bureau", export_file.name)
    return remote_name
