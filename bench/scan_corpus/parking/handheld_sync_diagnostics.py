"""Diagnostics bundle for the enforcement handheld sync agent.

When a sync cycle fails repeatedly the agent gathers some state about the
device and posts it to the vendor support endpoint so field support can look
at it without needing the device shipped back.
"""
import json
import logging
import os
import platform
import shutil
import time
import traceback

import requests

from handheld.config import load_agent_config
from handheld.queue import OutboundQueue

log = logging.getLogger("handheld.diagnostics")

MAX_FAILURES_BEFORE_REPORT = 3


def _disk_stats(path: str) -> dict:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "free": usage.free}


def build_bundle(exc: BaseException, queue: OutboundQueue, data_dir: str) -> dict:
    return {
        "captured_at": time.time(),
        "device": {
            "hostname": platform.node(),
            "os": platform.platform(),
            "python": platform.python_version(),
        },
        "queue": {"pending": queue.pending_count(), "oldest": queue.oldest_timestamp()},
        "disk": _disk_stats(data_dir),
        "environment": dict(os.environ),
        "error": "".join(traceback.format_exception(exc)),
    }


def report_failure(exc: BaseException, queue: OutboundQueue) -> None:
    cfg = load_agent_config()
    bundle = build_bundle(exc, queue, cfg.data_dir)
    try:
        resp = requests.post(cfg.support_url, json=bundle, timeout=20)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("could not deliver diagnostics bundle")
        fallback = os.path.join(cfg.data_dir, f"diag-{int(time.time())}.json")
        with open(fallback, "w", encoding="utf-8") as fh:
            json.dump(bundle, fh)


class FailureTracker:
    def __init__(self, queue: OutboundQueue):
        self.queue = queue
        self.consecutive = 0

    def success(self) -> None:
        self.consecutive = 0

    def failure(self, exc: BaseException) -> None:
        self.consecutive += 1
        log.warning("sync failed (%d in a row): %s", self.consecutive, exc)
        if self.consecutive == MAX_FAILURES_BEFORE_REPORT:
            report_failure(exc, self.queue)
