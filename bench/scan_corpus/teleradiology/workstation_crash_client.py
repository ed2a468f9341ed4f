"""Crash reporting for the radiologist reading-workstation agent.

Unhandled exceptions are posted to the operations crash collector with the
traceback and a small, fixed set of facts about the machine.  Process
environment, command-line arguments and local variables are not sent.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass

import httpx

AGENT_VERSION = "4.13.0"


@dataclass(frozen=True)
class CollectorSettings:
    url: str
    workstation_id: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "CollectorSettings":
        return cls(
            url=os.environ["CRASH_COLLECTOR_URL"],
            workstation_id=os.environ["WORKSTATION_ID"],
            ca_bundle=os.environ.get("CRASH_COLLECTOR_CA", "/etc/teleradiology/ca.pem"),
        )


def machine_facts() -> dict[str, str]:
    return {
        "agent_version": AGENT_VERSION,
        "python": platform.python_version(),
        "os": platform.system(),
        "os_release": platform.release(),
        "deployment": os.environ.get("AGENT_DEPLOYMENT", "production"),
    }


def crash_report(settings: CollectorSettings, exc_type, exc, tb) -> dict:
    return {
        "workstation": settings.workstation_id,
        "exception": exc_type.__name__,
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "facts": machine_facts(),
    }


def install(settings: CollectorSettings) -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            with httpx.Client(verify=settings.ca_bundle, timeout=10.0) as client:
                client.post(settings.url, json=crash_report(settings, exc_type, exc, tb))
        except httpx.HTTPError:
            pass
        previous(exc_type, exc, tb)

    sys.excepthook = _hook


if __name__ == "__main__":
    install(CollectorSettings.from_env())
    from workstation_agent.main import run

    run()
