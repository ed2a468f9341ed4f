"""Sentry setup shared by the festival web services."""
from __future__ import annotations

import os

import sentry_sdk
from sentry_sdk.integrations.flask import FlaskIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

_SCRUB_HEADERS = {"authorization", "cookie", "x-gate-key", "x-topup-signature"}


def _scrub(event: dict, hint: dict) -> dict | None:
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in _SCRUB_HEADERS:
            headers[name] = "[Filtered]"
    request.pop("cookies", None)
    request.pop("data", None)
    return event


def init_error_reporting(service: str) -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=os.environ.get("DEPLOY_ENV", "production"),
        release=os.environ.get("GIT_SHA"),
        server_name=service,
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_RATE", "0.05")),
        before_send=_scrub,
        integrations=[FlaskIntegration(), LoggingIntegration(event_level=None)],
    )
