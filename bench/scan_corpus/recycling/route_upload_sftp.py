"""Deliver daily round sheets to the subcontracted garden-waste crews' SFTP."""

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_SETTINGS = {
    "host": os.environ.get("GARDEN_SFTP_HOST", ""),
    "port": int(os.environ.get("GARDEN_SFTP_PORT", "22")),
    "user": os.environ.get("GARDEN_SFTP_USER", "cityrecycling"),
    "key_file": os.environ.get("GARDEN_SFTP_KEY", "/etc/recycling/garden_sftp_ed25519"),
    "known_hosts": os.environ.get("GARDEN_SFTP_KNOWN_HOSTS", "/etc/recycling/known_hosts"),
    "remote_dir": "incoming",
}


def _client(settings: dict) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        settings["host"],
        port=settings["port"],
        username=settings["user"],
        key_filename=settings["key_file"],
        timeout=30,
        look_for_keys=False,
        allow_agent=False,
    )
    return client


def deliver(sheets: list[Path], settings: dict = SFTP_SETTINGS) -> None:
    client = _client(settings)
    try:
        sftp = client.open_sftp()
        for sheet in sheets:
            remote = f"{settings['remote_dir']}/{sheet.name}"
            sftp.put(str(sheet), remote, confirm=True)
            log.info("delivered %s (%d bytes)", sheet.name, sheet.stat().st_size)
        sftp.close()
    finally:
        client.close()
