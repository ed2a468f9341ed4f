"""Error reporting for the subscriber site and box office workers."""
import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

SCRUBBED_HEADERS = {"authorization", "cookie", "x-kiosk-key", "x-api-key"}


def _scrub(event, hint):
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in SCRUBBED_HEADERS:
            headers[name] = "[Filtered]"
    request.pop("data", None)
    return event


def init_error_reporting() -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        release=os.environ.get("APP_VERSION", "unknown"),
        environment=os.environ.get("DEPLOY_ENV", "production"),
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        traces_sample_rate=0.05,
        before_send=_scrub,
    )
