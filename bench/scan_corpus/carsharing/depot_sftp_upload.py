"""Push of the daily service schedule to each maintenance depot.

The depots' SFTP hosts are pinned in the ops known_hosts file that is
distributed with this job's config; unknown or changed host keys abort the run.
"""
import io
import json
import logging
import os

import paramiko

log = logging.getLogger("depot_upload")

KNOWN_HOSTS = os.environ.get("DEPOT_KNOWN_HOSTS", "/etc/fleet/depot_known_hosts")


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def upload_schedule(depot: dict, schedule: list[dict]) -> str:
    """Write ``schedule-<date>.json`` into the depot's inbox and return the remote path."""
    remote_dir = depot.get("inbox", "/inbox")
    remote = f"{remote_dir}/schedule-{depot['date']}.json"
    payload = json.dumps({"depot": depot["name"], "jobs": schedule}, indent=2).encode()

    client = _client()
    try:
        client.connect(
            depot["host"],
            port=depot.get("port", 22),
            username=depot["user"],
            key_filename=depot["key_path"],
            timeout=20,
            look_for_keys=False,
            allow_agent=False,
        )
        with client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(payload), remote + ".part")
            sftp.posix_rename(remote + ".part", remote)
    except paramiko.BadHostKeyException:
        log.error("host key mismatch for depot %s; not uploading", depot["name"])
        raise
    finally:
        client.close()
    log.info("uploaded %d jobs to depot %s", len(schedule), depot["name"])
    return remote
