"""Emails customers that their order is ready, through the transactional mail API."""
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("engraver.notify.email")

MAIL_API = "https://api.postmarkapp.com/email/withTemplate"
FROM_ADDRESS = "pickup@brightlineengraving.com"
TEMPLATE_ALIAS = "order-ready"


def _redact(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class ReadyOrder:
    order_id: int
    email: str
    first_name: str
    items: list[str]
    balance_due_cents: int


class PickupMailer:
    def __init__(self, server_token: str | None = None, timeout: float = 10.0):
        self._token = server_token or os.environ["POSTMARK_SERVER_TOKEN"]
        self._client = httpx.Client(
            timeout=timeout,
            headers={"X-Postmark-Server-Token": self._token, "Accept": "application/json"},
        )
        log.info("pickup mailer ready (token %s)", _redact(self._token))

    def send(self, order: ReadyOrder) -> bool:
        payload = {
            "From": FROM_ADDRESS,
            "To": order.email,
            "TemplateAlias": TEMPLATE_ALIAS,
            "TemplateModel": {
                "first_name": order.first_name,
                "order_id": order.order_id,
                "items": order.items,
                "balance_due": f"${order.balance_due_cents / 100:.2f}",
            },
            "MessageStream": "outbound",
        }
        try:
            resp = self._client.post(MAIL_API, json=payload)
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            log.error("mail API rejected order %s: %s %s", order.order_id,
                      exc.response.status_code, exc.response.text[:200])
            return False
        except httpx.TransportError as exc:
            log.error("mail API unreachable for order %s: %s", order.order_id, exc)
            return False
        log.info("ready email sent for order %s", order.order_id)
        return True

    def close(self) -> None:
        self._client.close()
