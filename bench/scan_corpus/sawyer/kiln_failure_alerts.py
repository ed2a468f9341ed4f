"""Chat alerts when a kiln charge fails or a controller stops reporting.

Alerts go to the maintenance channel with the charge details and the
service configuration the worker was running with, so that the on-call
fitter can tell which controller gateway and broker were in use.
"""
import logging
import os

import requests
from celery import shared_task

from sawyer.kilns import charge_summary
from sawyer.settings import ALERT_WEBHOOK_URL

log = logging.getLogger(__name__)

SERVICE_PREFIX = "SAWYER_KILN_"


def service_config():
    return {k: v for k, v in os.environ.items() if k.startswith(SERVICE_PREFIX)}


def alert_blocks(kiln_id, charge_no, reason):
    summary = charge_summary(charge_no)
    config_lines = "\n".join(f"{k}={v}" for k, v in sorted(service_config().items()))
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"Kiln {kiln_id} alert"}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*Charge* {charge_no} ({summary['species']}, {summary['volume_m3']} m³)\n"
                f"*Reason* {reason}\n*Stage* {summary['stage']}",
            },
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": f"```{config_lines}```"}},
    ]


@shared_task(name="kiln.alert", autoretry_for=(requests.RequestException,), max_retries=5)
def send_kiln_alert(kiln_id, charge_no, reason):
    payload = {"text": f"Kiln {kiln_id}: {reason}", "blocks": alert_blocks(kiln_id, charge_no, reason)}
    resp = requests.post(ALERT_WEBHOOK_URL, json=payload, timeout=10)
    resp.raise_for_status()
    log.info("kiln alert sent for kiln %s charge %s", kiln_id, charge_no)
