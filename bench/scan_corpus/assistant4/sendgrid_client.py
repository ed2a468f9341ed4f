"""Minimal SendGrid v3 client used by the notifications worker.

We only need single-recipient transactional sends with dynamic templates,
so this avoids pulling in the full SDK.
"""
import logging

import requests

log = logging.getLogger(__name__)

SENDGRID_API_URL = "https://api.sendgrid.com/v3"
SENDGRID_API_KEY = "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"


class SendGridError(RuntimeError):
    pass


class SendGridClient:
    def __init__(self, api_key: str = SENDGRID_API_KEY, timeout: float = 10.0):
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Content-Type": "application/json",
        })
        self._timeout = timeout

    def send_template(self, to: str, template_id: str, data: dict, sender: str) -> str:
        body = {
            "from": {"email": sender},
            "personalizations": [{"to": [{"email": to}], "dynamic_template_data": data}],
            "template_id": template_id,
        }
        resp = self._session.post(f"{SENDGRID_API_URL}/mail/send", json=body, timeout=self._timeout)
        if resp.status_code >= 400:
            raise SendGridError(f"send failed ({resp.status_code}): {resp.text[:200]}")
        message_id = resp.headers.get("X-Message-Id", "")
        log.info("queued template %s for delivery, message id %s", template_id, message_id)
        return message_id
