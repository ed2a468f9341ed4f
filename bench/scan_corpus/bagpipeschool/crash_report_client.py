"""Crash reporting for the pupil portal web workers."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Mapping

import requests

log = logging.getLogger(__name__)

SHAREABLE_ENV_KEYS = ("APP_RELEASE", "APP_REGION", "WEB_CONCURRENCY", "TZ", "FLASK_ENV")


def shareable_environment(env: Mapping[str, str] = os.environ) -> dict:
    return {key: env[key] for key in SHAREABLE_ENV_KEYS if key in env}


@dataclass
class CollectorConfig:
    url: str
    token: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "CollectorConfig | None":
        url = os.environ.get("CRASH_COLLECTOR_URL")
        token = os.environ.get("CRASH_COLLECTOR_TOKEN")
        if not url or not token:
            return None
        return cls(url=url, token=token)


class PortalCrashClient:
    def __init__(self, config: CollectorConfig | None = None):
        self.config = config or CollectorConfig.from_env()

    def report(self, exc: BaseException, request_path: str | None = None) -> bool:
        if self.config is None:
            log.warning("crash collector not configured; skipping report")
            return False
        payload = {
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc)[:500],
            "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "path": request_path,
            "runtime": {
                "python": sys.version.split()[0],
                "platform": platform.platform(),
                "env": shareable_environment(),
            },
        }
        try:
            resp = requests.post(
                self.config.url,
                json=payload,
                headers={"Authorization": f"Bearer {self.config.token}"},
                timeout=self.config.timeout,
            )
            resp.raise_for_status()
        except requests.RequestException as err:
            log.error("crash report upload failed: %s", err)
            return False
        return True


def register_flask_handler(app, client: PortalCrashClient | None = None) -> None:
    client = client or PortalCrashClient()

    @app.errorhandler(Exception)
    def _on_error(exc):
        from flask import request

        client.report(exc, request.path)
        return {"error": "internal error"}, 500
