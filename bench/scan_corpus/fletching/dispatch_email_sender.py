"""Dispatch notification emails sent through SendGrid."""
import os
from dataclasses import dataclass

import httpx

SENDGRID_URL = "https://api.sendgrid.com/v3/mail/send"
FROM_ADDRESS = os.environ.get("DISPATCH_FROM_EMAIL", "dispatch@greyfeather-arrows.co.uk")


@dataclass
class DispatchNotice:
    order_ref: str
    customer_email: str
    customer_name: str
    carrier: str
    tracking_number: str
    arrow_summary: str


class DispatchMailer:
    def __init__(self, api_key: str | None = None, template_id: str | None = None):
        self._api_key = api_key or os.environ["SENDGRID_API_KEY"]
        self.template_id = template_id or os.environ["SENDGRID_DISPATCH_TEMPLATE"]

    def _payload(self, notice: DispatchNotice) -> dict:
        return {
            "from": {"email": FROM_ADDRESS, "name": "Greyfeather Arrows"},
            "template_id": self.template_id,
            "personalizations": [
                {
                    "to": [{"email": notice.customer_email, "name": notice.customer_name}],
                    "dynamic_template_data": {
                        "order_ref": notice.order_ref,
                        "carrier": notice.carrier,
                        "tracking_number": notice.tracking_number,
                        "arrows": notice.arrow_summary,
                    },
                }
            ],
        }

    async def send(self, client: httpx.AsyncClient, notice: DispatchNotice) -> None:
        resp = await client.post(
            SENDGRID_URL,
            json=self._payload(notice),
            headers={"Authorization": f"Bearer {self._api_key}"},
        )
        resp.raise_for_status()

    async def send_many(self, notices: list[DispatchNotice]) -> int:
        async with httpx.AsyncClient(timeout=15.0) as client:
            for notice in notices:
                await self.send(client, notice)
        return len(notices)
