"""Sends concert tech riders and stage plots to venue production teams over SFTP."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("VENUE_KNOWN_HOSTS", "/etc/nyc/venue_known_hosts"))

VENUE_SFTP = {
    "timeout": 20,
    "banner_timeout": 30,
    "allow_agent": False,
    "look_for_keys": False,
}


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def upload_rider(venue_host: str, username: str, files: list[Path], remote_dir: str = "riders") -> list[str]:
    """Upload each file and return the remote paths written."""
    client = _client()
    written = []
    try:
        client.connect(
            venue_host,
            username=username,
            key_filename=os.environ["VENUE_SFTP_KEY"],
            **VENUE_SFTP,
        )
        sftp = client.open_sftp()
        try:
            try:
                sftp.stat(remote_dir)
            except FileNotFoundError:
                sftp.mkdir(remote_dir)
            for path in files:
                remote = f"{remote_dir}/{path.name}"
                sftp.put(str(path), remote)
                written.append(remote)
        finally:
            sftp.close()
    except paramiko.SSHException as exc:
        log.error("SFTP to %s failed: %s", venue_host, exc)
        raise
    finally:
        client.close()
    log.info("Sent %d rider files to %s", len(written), venue_host)
    return written
