"""Forward unhandled web errors to the hosted error-tracking service.

Reports carry a small description of the deployment so errors can be grouped
by release and site; only the named deployment variables are included.
"""
import os
import traceback
from datetime import datetime, timezone

import requests
from flask import Flask, got_request_exception, request

from shipwright.config import settings

REPORTED_ENV_KEYS = ("DEPLOY_ENV", "RELEASE_VERSION", "YARD_SITE_CODE", "GIT_SHA")


def deployment_context() -> dict:
    return {key: os.environ.get(key) for key in REPORTED_ENV_KEYS if key in os.environ}


def build_report(exc: BaseException) -> dict:
    return {
        "service": "shipwright-web",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "request": {"method": request.method, "path": request.path},
        "deployment": deployment_context(),
    }


def forward(sender: Flask, exception: BaseException, **_extra) -> None:
    try:
        requests.post(
            settings.error_tracker_endpoint,
            json=build_report(exception),
            headers={"X-Project": settings.error_tracker_project},
            timeout=5,
        )
    except requests.RequestException:
        sender.logger.warning("Could not forward error report")


def init_app(app: Flask) -> None:
    if settings.error_tracker_endpoint:
        got_request_exception.connect(forward, app)
