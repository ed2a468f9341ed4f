"""Crash reporting for the EFB document sync agent.

When the agent dies with an unhandled exception we bundle up enough context
for the vendor's support team to reproduce it and post it to their intake
endpoint. The endpoint URL comes from the agent config.
"""
import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

import requests

from .config import AgentConfig

__version__ = "4.12.3"

log = logging.getLogger(__name__)
STATE_FILE = Path(os.environ.get("EFB_SYNC_STATE", "/var/lib/efb-sync/state.json"))


def _read_sync_state() -> dict:
    try:
        state = json.loads(STATE_FILE.read_text())
    except (OSError, ValueError):
        return {}
    return {k: state.get(k) for k in ("last_manifest", "pending_docs", "last_success")}


def collect_bundle(exc: BaseException) -> dict:
    return {
        "agent_version": __version__,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "traceback": traceback.format_exception(exc),
        "environment": dict(os.environ),
        "sync_state": _read_sync_state(),
    }


def upload_bundle(bundle: dict, cfg: AgentConfig) -> None:
    try:
        resp = requests.post(cfg.support_intake_url, json=bundle, timeout=15)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.error("could not upload crash bundle: %s", err)


def install(cfg: AgentConfig) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        if cfg.crash_reports_enabled and not issubclass(exc_type, KeyboardInterrupt):
            upload_bundle(collect_bundle(exc), cfg)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook
