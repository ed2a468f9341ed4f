"""Sentry setup for the booking site and GM console backend."""
import os

import sentry_sdk
from sentry_sdk.integrations.flask import FlaskIntegration

_SCRUB_HEADERS = {"authorization", "cookie", "x-api-key", "x-prop-key", "x-booking-signature"}


def _scrub(event, hint):
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in _SCRUB_HEADERS:
            headers[name] = "[Filtered]"
    request.pop("env", None)
    return event


def init_error_tracking() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        integrations=[FlaskIntegration()],
        environment=os.environ.get("DEPLOY_ENV", "production"),
        release=os.environ.get("APP_VERSION"),
        send_default_pii=False,
        traces_sample_rate=0.05,
        before_send=_scrub,
    )
