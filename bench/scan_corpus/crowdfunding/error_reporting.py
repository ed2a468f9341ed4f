"""Sentry setup shared by the web app and the payout workers."""

import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

_SCRUBBED_HEADERS = {"authorization", "cookie", "x-api-key", "stripe-signature"}


def _before_send(event, hint):
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in _SCRUBBED_HEADERS:
            headers[name] = "[filtered]"
    request.pop("cookies", None)
    request.pop("data", None)
    return event


def init_error_reporting(component: str) -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=os.environ.get("DEPLOY_ENV", "production"),
        release=os.environ.get("GIT_SHA"),
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_RATE", "0.05")),
        before_send=_before_send,
    )
    sentry_sdk.set_tag("component", component)
    sentry_sdk.set_tag("region", os.environ.get("REGION", "unknown"))
