"""Crash reporting for the track booking service's scheduled jobs."""
from __future__ import annotations

import functools
import logging
import os
import platform
import sys
import traceback
from typing import Callable, TypeVar

import httpx

log = logging.getLogger("velodrome.crash")

F = TypeVar("F", bound=Callable)


class JobCrashReporter:
    def __init__(self, endpoint: str, service: str, release: str):
        self.endpoint = endpoint
        self.service = service
        self.release = release

    @staticmethod
    def _runtime_context() -> dict:
        return {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "pid": os.getpid(),
            "argv0": os.path.basename(sys.argv[0]) if sys.argv else "",
        }

    def report(self, exc: BaseException, job: str) -> None:
        payload = {
            "service": self.service,
            "release": self.release,
            "job": job,
            "exception": type(exc).__name__,
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": self._runtime_context(),
        }
        try:
            httpx.post(self.endpoint, json=payload, timeout=5.0)
        except httpx.HTTPError as send_err:
            log.warning("could not deliver crash report: %s", send_err)

    def guard(self, job: str) -> Callable[[F], F]:
        def decorator(fn: F) -> F:
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:
                    self.report(exc, job)
                    raise

            return wrapper  # type: ignore[return-value]

        return decorator


reporter = JobCrashReporter(
    endpoint=os.environ.get("CRASH_REPORT_URL", "https://crash.velodrome.example/ingest"),
    service="track-bookings",
    release=os.environ.get("RELEASE", "dev"),
)


@reporter.guard("release-expired-holds")
def release_expired_holds(db) -> int:
    return db.execute(
        "UPDATE session_slots SET held = 0 WHERE hold_expires_at < now()"
    ).rowcount
