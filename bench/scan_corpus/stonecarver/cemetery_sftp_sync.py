"""Nightly exchange of permit files with cemetery authorities over SFTP."""

import logging
from pathlib import Path

import paramiko
from celery import shared_task

from stonecarver.conf import settings
from stonecarver.permits.registry import cemetery_endpoints

logger = logging.getLogger(__name__)


def _connection_kwargs(endpoint) -> dict:
    return {
        "hostname": endpoint.host,
        "port": endpoint.port or 22,
        "username": endpoint.username,
        "password": endpoint.password,
        "timeout": 30,
    }


def _open(endpoint) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys(settings.SFTP_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    kwargs = _connection_kwargs(endpoint)
    logger.info("Opening SFTP session for %s with %r", endpoint.cemetery_code, kwargs)
    client.connect(**kwargs)
    return client


@shared_task
def sync_permits() -> int:
    outbox = Path(settings.PERMIT_OUTBOX)
    sent = 0
    for endpoint in cemetery_endpoints():
        client = _open(endpoint)
        try:
            sftp = client.open_sftp()
            for pdf in sorted((outbox / endpoint.cemetery_code).glob("*.pdf")):
                sftp.put(str(pdf), f"{endpoint.remote_dir}/{pdf.name}")
                pdf.unlink()
                sent += 1
        finally:
            client.close()
    logger.info("Permit sync finished, %d files sent", sent)
    return sent
