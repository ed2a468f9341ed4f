"""Notify the error tracker when a background job fails.

Used by the marketplace listing sync and the weekly payout batch.  The
report carries the traceback, the job name and a few runtime facts; the
environment and the .env file are deliberately not part of it.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from types import TracebackType

import httpx


@dataclass
class JobFailureNotifier:
    endpoint: str
    job_name: str
    release: str = "unknown"
    tags: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, job_name: str) -> "JobFailureNotifier":
        return cls(
            endpoint=os.environ["ERROR_TRACKER_URL"],
            job_name=job_name,
            release=os.environ.get("SMOCKSTUDIO_RELEASE", "unknown"),
        )

    def _runtime(self) -> dict[str, str]:
        return {
            "python": platform.python_version(),
            "host": platform.node(),
            "pid": str(os.getpid()),
        }

    def notify(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        payload = {
            "job": self.job_name,
            "release": self.release,
            "exception": exc_type.__name__,
            "message": str(exc)[:500],
            "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
            "runtime": self._runtime(),
            "tags": self.tags,
        }
        try:
            httpx.post(self.endpoint, json=payload, timeout=10.0)
        except httpx.HTTPError:
            pass

    def install(self) -> None:
        previous = sys.excepthook

        def hook(exc_type, exc, tb):
            self.notify(exc_type, exc, tb)
            previous(exc_type, exc, tb)

        sys.excepthook = hook
