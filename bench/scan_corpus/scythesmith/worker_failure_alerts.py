"""Alerts for failed Celery tasks in the order and mail-in pipelines.

When a task exhausts its retries the failure is sent to the operations
alerting endpoint with enough deploy context to find the right release.
"""
import os
import socket

import requests
from celery.signals import task_failure

from scythesmith.config import settings

REPORTED_ENV_KEYS = frozenset({
    "DEPLOY_ENV",
    "GIT_SHA",
    "CELERY_QUEUE",
    "AWS_REGION",
    "CONTAINER_IMAGE_TAG",
})


def deploy_context() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def failure_payload(sender, task_id, exception) -> dict:
    return {
        "task": getattr(sender, "name", str(sender)),
        "task_id": task_id,
        "exception": type(exception).__name__,
        "message": str(exception)[:500],
        "worker": socket.gethostname(),
        "deploy": deploy_context(),
    }


@task_failure.connect
def alert_on_failure(sender=None, task_id=None, exception=None, **_kwargs):
    if not settings.ALERTS_ENDPOINT:
        return
    try:
        requests.post(
            settings.ALERTS_ENDPOINT,
            json=failure_payload(sender, task_id, exception),
            headers={"Authorization": f"Bearer {settings.ALERTS_TOKEN}"},
            timeout=5,
        )
    except requests.RequestException:
        pass
