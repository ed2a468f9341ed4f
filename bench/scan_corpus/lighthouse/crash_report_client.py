"""Collect and send crash diagnostics from visitor-centre kiosks."""
from __future__ import annotations

import logging
import os
import platform
import traceback
from typing import Any

import httpx

log = logging.getLogger("kiosk.crash")

ENV_KEYS_REPORTED = ("KIOSK_ID", "KIOSK_RELEASE", "TZ", "LANG")


class CrashReporter:
    def __init__(self, endpoint: str, kiosk_id: str, client: httpx.Client | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.kiosk_id = kiosk_id
        self.client = client or httpx.Client(timeout=10.0)

    @staticmethod
    def environment_summary() -> dict[str, str]:
        return {key: os.environ[key] for key in ENV_KEYS_REPORTED if key in os.environ}

    def build(self, exc: BaseException) -> dict[str, Any]:
        return {
            "kiosk": self.kiosk_id,
            "error": type(exc).__name__,
            "detail": str(exc)[:500],
            "trace": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "host": {"os": platform.system(), "release": platform.release()},
            "env": self.environment_summary(),
        }

    def send(self, exc: BaseException) -> bool:
        try:
            resp = self.client.post(f"{self.endpoint}/crashes", json=self.build(exc))
            return resp.status_code < 300
        except httpx.HTTPError as err:
            log.warning("could not deliver crash report: %s", err)
            return False


def reporter_from_env() -> CrashReporter:
    return CrashReporter(os.environ["CRASH_ENDPOINT"], os.environ.get("KIOSK_ID", "unknown"))


def guarded(func):
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            reporter_from_env().send(exc)
            raise

    return wrapper
