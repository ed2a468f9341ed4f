"""Logging handler that ships dispatch worker errors to the central error collector."""

import logging
import os
import traceback
from datetime import datetime, timezone
from typing import ClassVar

import httpx


class CollectorHandler(logging.Handler):
    reported_env_keys: ClassVar[tuple[str, ...]] = ("APP_VERSION", "DEPLOY_REGION", "WORKER_POOL", "GIT_SHA")

    def __init__(self, collector_url: str, service: str = "warning-dispatch") -> None:
        super().__init__(level=logging.ERROR)
        self.client = httpx.Client(base_url=collector_url, timeout=5.0)
        self.service = service
        self._deployment = self.environment_summary()

    @classmethod
    def environment_summary(cls) -> dict[str, str]:
        return {key: os.environ[key] for key in cls.reported_env_keys if key in os.environ}

    def _payload(self, record: logging.LogRecord) -> dict:
        payload = {
            "service": self.service,
            "logger": record.name,
            "level": record.levelname,
            "message": record.getMessage(),
            "occurred_at": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "deployment": self._deployment,
        }
        if record.exc_info:
            payload["stack"] = "".join(traceback.format_exception(*record.exc_info))
        return payload

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.client.post("/events", json=self._payload(record))
        except httpx.HTTPError:
            self.handleError(record)


def attach(logger_name: str = "floodwarn") -> CollectorHandler:
    handler = CollectorHandler(os.environ["ERROR_COLLECTOR_URL"])
    logging.getLogger(logger_name).addHandler(handler)
    return handler
