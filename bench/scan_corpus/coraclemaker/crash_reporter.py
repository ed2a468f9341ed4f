"""Report unhandled errors from background jobs (stock reorder, permit
reminders, partner availability pushes) to the error collector."""
from __future__ import annotations

import functools
import logging
import os
import platform
import socket
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, TypeVar

import requests

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class ReporterSettings:
    collector_url: str
    service: str = "coraclemaker-jobs"
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "ReporterSettings":
        return cls(collector_url=os.environ["ERROR_COLLECTOR_URL"])


class CrashReporter:
    def __init__(self, settings: ReporterSettings) -> None:
        self.settings = settings
        self.http = requests.Session()

    def _payload(self, job: str, exc: BaseException) -> dict:
        return {
            "service": self.settings.service,
            "job": job,
            "at": datetime.now(timezone.utc).isoformat(),
            "host": socket.gethostname(),
            "python": platform.python_version(),
            "error": repr(exc),
            "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "environment": dict(os.environ),
        }

    def report(self, job: str, exc: BaseException) -> None:
        try:
            self.http.post(
                self.settings.collector_url,
                json=self._payload(job, exc),
                timeout=self.settings.timeout,
            ).raise_for_status()
        except requests.RequestException as send_error:
            log.error("could not report crash of %s: %s", job, send_error)

    def guard(self, job: str) -> Callable[[F], F]:
        def decorator(fn: F) -> F:
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:
                    self.report(job, exc)
                    raise
            return wrapper  # type: ignore[return-value]
        return decorator


reporter = CrashReporter(ReporterSettings.from_env())
