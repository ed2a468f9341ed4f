"""Email invoices to customers through the transactional mail provider."""
import base64
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import List

import httpx

log = logging.getLogger("loft.invoice_mail")


@dataclass
class MailSettings:
    api_url: str
    api_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "MailSettings":
        return cls(
            api_url=os.environ.get("MAIL_API_URL", "https://api.example-mailer.com/v1/send"),
            api_token=os.environ["MAIL_API_TOKEN"],
            sender=os.environ.get("MAIL_FROM", "accounts@example-sails.com"),
        )


def _attachment(path: Path) -> dict:
    return {
        "filename": path.name,
        "content_type": "application/pdf",
        "content": base64.b64encode(path.read_bytes()).decode(),
    }


async def send_invoice(settings: MailSettings, to: str, invoice_no: str, pdf: Path,
                       cc: List[str] | None = None) -> str:
    message = {
        "from": settings.sender,
        "to": [to],
        "cc": cc or [],
        "subject": f"Invoice {invoice_no} from the sail loft",
        "text": f"Please find invoice {invoice_no} attached. Thank you for your business.",
        "attachments": [_attachment(pdf)],
    }
    headers = {"Authorization": f"Bearer {settings.api_token}"}
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(settings.api_url, json=message, headers=headers)
    resp.raise_for_status()
    message_id = resp.json()["id"]
    log.info("invoice %s emailed to %s (message %s)", invoice_no, to, message_id)
    return message_id
