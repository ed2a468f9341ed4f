"""Error tracking setup for the billing worker."""
import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

_SCRUB_KEYS = {"authorization", "cookie", "password", "token", "secret", "api_key"}


def _scrub(event, _hint):
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for key in list(headers):
        if key.lower() in _SCRUB_KEYS:
            headers[key] = "[Filtered]"
    return event


def init_error_tracking() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=os.environ.get("APP_ENV", "production"),
        release=os.environ.get("APP_VERSION"),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0.05")),
        integrations=[CeleryIntegration(), LoggingIntegration(event_level=None)],
        before_send=_scrub,
    )
