"""Chat alerts when restaurant order tasks fail.

Order confirmation, delivery-note generation and invoice e-mails run as
Celery tasks. When one fails after its retries, the order desk wants a
message in their team chat with enough context to sort it out quickly.
"""

import os
import traceback

import httpx
from celery import Celery
from celery.signals import task_failure

celery_app = Celery("eelcoop_orders", broker=os.environ.get("CELERY_BROKER_URL"))

CHAT_WEBHOOK_URL = os.environ.get("ORDER_DESK_CHAT_WEBHOOK", "")


def deployment_context() -> dict[str, str | None]:
    return {
        "release": os.environ.get("APP_RELEASE"),
        "region": os.environ.get("APP_REGION"),
        "database": os.environ.get("DATABASE_URL"),
        "broker": os.environ.get("CELERY_BROKER_URL"),
    }


def format_alert(task_name: str, task_id: str, exc: BaseException, tb) -> dict:
    context = deployment_context()
    lines = [f"*{k}*: `{v}`" for k, v in context.items() if v]
    trace = "".join(traceback.format_tb(tb)[-3:]) if tb else ""
    return {
        "text": f":rotating_light: Order task `{task_name}` failed ({task_id})",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{type(exc).__name__}*: {exc}"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
            {"type": "section", "text": {"type": "mrkdwn", "text": f"```{trace}```"}},
        ],
    }


@task_failure.connect
def notify_order_desk(sender=None, task_id=None, exception=None, traceback=None, **kwargs):
    if not CHAT_WEBHOOK_URL:
        return
    payload = format_alert(sender.name if sender else "unknown", task_id, exception, traceback)
    try:
        httpx.post(CHAT_WEBHOOK_URL, json=payload, timeout=5.0)
    except httpx.HTTPError:
        pass
