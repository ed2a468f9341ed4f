"""Uploads crash reports from the owner portal workers to the office error tracker."""
from __future__ import annotations

import os
import platform
import traceback
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import requests

SHARED_ENV_KEYS = ("APP_VERSION", "DEPLOY_ENV", "DEPLOY_REGION", "WORKER_QUEUE")


def deployment_tags() -> dict[str, str]:
    return {key.lower(): os.environ[key] for key in SHARED_ENV_KEYS if key in os.environ}


@dataclass
class CrashReport:
    component: str
    error_type: str
    message: str
    stack: list[str]
    occurred_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    host: str = field(default_factory=platform.node)
    tags: dict[str, str] = field(default_factory=deployment_tags)

    @classmethod
    def from_exception(cls, component: str, exc: BaseException) -> "CrashReport":
        return cls(
            component=component,
            error_type=type(exc).__name__,
            message=str(exc)[:500],
            stack=traceback.format_exception(type(exc), exc, exc.__traceback__)[-20:],
        )


class CrashUploader:
    def __init__(self, endpoint: str, token: str, timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": "farrier-portal/1"})
        self.timeout = timeout

    @classmethod
    def from_env(cls) -> "CrashUploader":
        return cls(os.environ["CRASH_REPORT_URL"], os.environ["CRASH_REPORT_TOKEN"])

    def upload(self, report: CrashReport) -> bool:
        try:
            resp = self.session.post(self.endpoint, json=asdict(report), timeout=self.timeout)
            return resp.ok
        except requests.RequestException:
            return False


def run_guarded(component: str, func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        CrashUploader.from_env().upload(CrashReport.from_exception(component, exc))
        raise
