"""Error monitoring setup for the returns API."""
import logging
import os

import sentry_sdk
from sentry_sdk.integrations.fastapi import FastApiIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

_SCRUB_KEYS = {"ssn", "tin", "bank_account", "routing_number", "dob"}


def _scrub(event, hint):
    request = event.get("request") or {}
    data = request.get("data")
    if isinstance(data, dict):
        for key in list(data):
            if key.lower() in _SCRUB_KEYS:
                data[key] = "[Filtered]"
    return event


def init_monitoring(release: str) -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        logging.getLogger(__name__).info("SENTRY_DSN not set; error monitoring disabled")
        return

    sentry_sdk.init(
        dsn=dsn,
        release=release,
        environment=os.environ.get("DEPLOY_ENV", "production"),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_RATE", "0.05")),
        before_send=_scrub,
        integrations=[
            FastApiIntegration(),
            LoggingIntegration(level=logging.INFO, event_level=logging.ERROR),
        ],
    )
