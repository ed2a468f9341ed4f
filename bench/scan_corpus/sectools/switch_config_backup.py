"""Nightly running-config backup for access switches over SSH.

Host keys are pinned in the managed known_hosts file that the network team
updates whenever a switch is replaced.
"""
import logging
import os
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("netbackup")

KNOWN_HOSTS = os.environ.get("NETBACKUP_KNOWN_HOSTS", "/etc/netbackup/known_hosts")
BACKUP_ROOT = Path(os.environ.get("NETBACKUP_ROOT", "/srv/netbackup"))
SSH_USER = os.environ.get("NETBACKUP_USER", "backup")
KEY_FILE = os.environ.get("NETBACKUP_KEY", "/etc/netbackup/id_ed25519")


def fetch_config(host: str, timeout: float = 20.0) -> str:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=SSH_USER, key_filename=KEY_FILE, timeout=timeout,
                   allow_agent=False, look_for_keys=False)
    try:
        _, stdout, _ = client.exec_command("show running-config", timeout=timeout)
        return stdout.read().decode("utf-8", "replace")
    finally:
        client.close()


def backup(hosts: list[str]) -> dict[str, bool]:
    target = BACKUP_ROOT / date.today().isoformat()
    target.mkdir(parents=True, exist_ok=True)
    results = {}
    for host in hosts:
        try:
            (target / f"{host}.cfg").write_text(fetch_config(host))
            results[host] = True
        except paramiko.BadHostKeyException:
            log.error("host key mismatch for %s, skipping", host)
            results[host] = False
        except (paramiko.SSHException, OSError) as exc:
            log.warning("backup of %s failed: %s", host, exc)
            results[host] = False
    return results
