"""Nightly collection of door event logs from the access control panels.

Each terminal has a handful of door controller panels that keep a rolling
event log (badge presented, door forced, PIN failure). We pull the logs over
SFTP and load them into the security operations data store.
"""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import paramiko
import yaml

log = logging.getLogger("acs.collect")

PANELS_FILE = Path(os.environ.get("ACS_PANELS_FILE", "/etc/acs/panels.yaml"))
STAGING_DIR = Path(os.environ.get("ACS_STAGING_DIR", "/var/lib/acs/staging"))


def load_panels() -> list[dict]:
    with PANELS_FILE.open() as fh:
        return yaml.safe_load(fh)["panels"]


def _connect(panel: dict) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        hostname=panel["host"],
        port=panel.get("port", 22),
        username=os.environ.get("ACS_SFTP_USER", "evtcollect"),
        key_filename=os.environ["ACS_SFTP_KEY"],
        timeout=15,
    )
    return client


def collect_panel(panel: dict, day: date) -> Path | None:
    remote = f"/logs/events-{day:%Y%m%d}.csv"
    local = STAGING_DIR / panel["name"] / remote.rsplit("/", 1)[-1]
    local.parent.mkdir(parents=True, exist_ok=True)
    client = _connect(panel)
    try:
        with client.open_sftp() as sftp:
            sftp.get(remote, str(local))
    except FileNotFoundError:
        log.warning("panel %s has no log for %s", panel["name"], day)
        return None
    finally:
        client.close()
    log.info("collected %s from %s", local.name, panel["name"])
    return local


def collect_all(day: date) -> list[Path]:
    results = []
    for panel in load_panels():
        try:
            path = collect_panel(panel, day)
        except (paramiko.SSHException, OSError) as exc:
            log.error("panel %s unreachable: %s", panel["name"], exc)
            continue
        if path:
            results.append(path)
    return results
