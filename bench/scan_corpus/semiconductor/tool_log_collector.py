"""Collects event and alarm logs from equipment PCs over SFTP.

Runs every 15 minutes from the equipment engineering cron host. The tool
inventory (hostnames, log directories) comes from the EI database.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("tool_log_collector")

LOCAL_ROOT = Path(os.environ.get("TOOL_LOG_ROOT", "/data/toollogs"))
SSH_USER = os.environ.get("TOOL_LOG_USER", "eilogs")
SSH_KEY = os.environ.get("TOOL_LOG_KEY", "/etc/toollogs/id_ed25519")


def _connect(hostname: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(hostname, username=SSH_USER, key_filename=SSH_KEY, timeout=15)
    return client


def collect(tool_id: str, hostname: str, remote_dir: str) -> int:
    target = LOCAL_ROOT / tool_id
    target.mkdir(parents=True, exist_ok=True)
    fetched = 0
    with _connect(hostname) as client, client.open_sftp() as sftp:
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".log"):
                continue
            local = target / Path(entry.filename).name
            if local.exists() and local.stat().st_size == entry.st_size:
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(local))
            fetched += 1
    log.info("%s: fetched %d log files", tool_id, fetched)
    return fetched


def run(inventory) -> None:
    for tool in inventory:
        try:
            collect(tool["tool_id"], tool["host"], tool["log_dir"])
        except (paramiko.SSHException, OSError) as exc:
            log.warning("%s: collection failed: %s", tool["tool_id"], exc)
