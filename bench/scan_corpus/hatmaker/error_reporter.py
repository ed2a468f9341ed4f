"""Reports unhandled exceptions from the hat shop workers to the error service.

Only a fixed set of context fields is sent. The service token is read from
the environment and used to authenticate to the configured error service.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import traceback

import requests

log = logging.getLogger("hatmaker.errors")

CONTEXT_VARS = ("APP_ENV", "RELEASE_SHA", "WORKER_NAME")


class ErrorReporter:
    def __init__(self, endpoint: str, token: str, timeout: float = 10.0) -> None:
        self._endpoint = endpoint
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def from_env(cls) -> "ErrorReporter":
        return cls(os.environ["ERROR_SERVICE_URL"], os.environ["ERROR_SERVICE_TOKEN"])

    @staticmethod
    def _context() -> dict[str, str]:
        ctx = {name.lower(): os.environ.get(name, "") for name in CONTEXT_VARS}
        ctx.update(host=socket.gethostname(), python=platform.python_version())
        return ctx

    def report(self, exc: BaseException, order_ref: str | None = None) -> bool:
        payload = {
            "type": type(exc).__name__,
            "message": str(exc)[:2000],
            "traceback": "".join(traceback.format_exception(exc))[-20000:],
            "order_ref": order_ref,
            "context": self._context(),
        }
        try:
            resp = self._session.post(self._endpoint, json=payload, timeout=self._timeout)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("Could not report %s: %s", type(exc).__name__, err)
            return False
        return True


def install(reporter: ErrorReporter | None = None):
    reporter = reporter or ErrorReporter.from_env()

    def hook(exc_type, exc, tb):
        reporter.report(exc)
        log.error("Unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb))

    return hook
