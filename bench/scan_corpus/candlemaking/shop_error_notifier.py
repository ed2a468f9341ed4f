"""Posts a short incident note to the ops chat when a shop background job fails."""
from __future__ import annotations

import logging
import os
import socket
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

SHARED_ENV_KEYS = ("SHOP_RELEASE", "SHOP_REGION", "WORKER_QUEUE")


def _deployment_facts() -> dict:
    facts = {key.lower(): os.environ.get(key, "unset") for key in SHARED_ENV_KEYS}
    facts["host"] = socket.gethostname()
    return facts


class JobFailureNotifier:
    def __init__(self, webhook_url: str, timeout: float = 5.0) -> None:
        self.webhook_url = webhook_url
        self.timeout = timeout

    @classmethod
    def from_env(cls) -> "JobFailureNotifier":
        return cls(os.environ["OPS_CHAT_WEBHOOK_URL"])

    def notify(self, job_name: str, exc: BaseException) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "unknown"
        message = {
            "text": f":candle: job `{job_name}` failed with {type(exc).__name__} at {where}",
            "attachments": [{
                "fields": _deployment_facts(),
                "ts": int(datetime.now(timezone.utc).timestamp()),
            }],
        }
        try:
            resp = requests.post(self.webhook_url, json=message, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("could not notify ops chat: %s", type(err).__name__)


def run_job(name: str, func, notifier: JobFailureNotifier | None = None) -> None:
    notifier = notifier or JobFailureNotifier.from_env()
    try:
        func()
    except Exception as exc:
        log.exception("job %s failed", name)
        notifier.notify(name, exc)
        raise
