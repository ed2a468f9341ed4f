"""Sentry setup shared by the membership app, the bots and the queue worker."""
import os
import re

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

_SENSITIVE = re.compile(r"(pass|secret|token|key|auth|cookie|session|dsn)", re.I)
_FILTERED = "[Filtered]"


def _scrub(mapping):
    if not isinstance(mapping, dict):
        return mapping
    return {k: (_FILTERED if _SENSITIVE.search(str(k)) else _scrub(v)) for k, v in mapping.items()}


def _before_send(event, hint):
    request = event.get("request")
    if request:
        request.pop("cookies", None)
        request["headers"] = _scrub(request.get("headers", {}))
        request["data"] = _scrub(request.get("data"))
    for exc in (event.get("exception") or {}).get("values", []):
        for frame in (exc.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)
    event.pop("extra", None)
    return event


def init(component: str) -> None:
    dsn = os.environ.get("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=os.environ.get("DEPLOY_ENV", "production"),
        release=os.environ.get("GIT_SHA"),
        send_default_pii=False,
        include_local_variables=False,
        before_send=_before_send,
        integrations=[LoggingIntegration(event_level=None)],
    )
    sentry_sdk.set_tag("component", component)
