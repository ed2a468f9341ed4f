"""Collect booth metrics from the local projection agent.

The booth agent runs as a sidecar on every screen server and exposes
projector, sound processor and server health on the loopback interface
only; this job scrapes it and forwards a summary to the ops dashboard.
"""
import logging
import os
from typing import Any

import requests

log = logging.getLogger(__name__)

LOCAL_AGENT_URL = "http://127.0.0.1:9180"
DASHBOARD_URL = os.environ["OPS_DASHBOARD_URL"]
SCREEN_SERVER_ID = os.environ.get("SCREEN_SERVER_ID", "unassigned")


def read_agent_metrics() -> dict[str, Any]:
    resp = requests.get(f"{LOCAL_AGENT_URL}/metrics.json", timeout=3)
    resp.raise_for_status()
    return resp.json()


def summarise(metrics: dict[str, Any]) -> dict[str, Any]:
    projector = metrics.get("projector", {})
    sound = metrics.get("sound", {})
    return {
        "server": SCREEN_SERVER_ID,
        "lamp_hours": projector.get("lamp_hours"),
        "projector_state": projector.get("state"),
        "sound_format": sound.get("format"),
        "disk_free_gb": metrics.get("storage", {}).get("free_gb"),
    }


def run_once() -> None:
    try:
        summary = summarise(read_agent_metrics())
    except requests.RequestException as exc:
        log.warning("booth agent not responding: %s", exc)
        return
    requests.post(f"{DASHBOARD_URL}/booth", json=summary, timeout=10).raise_for_status()
