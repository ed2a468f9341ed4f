"""Sends artwork proof emails to customers through our transactional email provider."""
import base64
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("enameller.mail.proofs")

POSTMARK_ENDPOINT = "https://api.postmarkapp.com/email/withTemplate"


@dataclass
class ProofEmail:
    to: str
    customer_name: str
    order_ref: str
    revision: int
    approve_url: str
    pdf_path: Path


def _server_token() -> str:
    return os.environ["POSTMARK_SERVER_TOKEN"]


def send_proof(mail: ProofEmail, sender: str = "proofs@example-enamels.co.uk") -> str:
    attachment = base64.b64encode(mail.pdf_path.read_bytes()).decode()
    body = {
        "From": sender,
        "To": mail.to,
        "TemplateAlias": "artwork-proof",
        "TemplateModel": {
            "name": mail.customer_name,
            "order_ref": mail.order_ref,
            "revision": mail.revision,
            "approve_url": mail.approve_url,
        },
        "Attachments": [{
            "Name": f"{mail.order_ref}-proof-r{mail.revision}.pdf",
            "Content": attachment,
            "ContentType": "application/pdf",
        }],
        "MessageStream": "outbound",
    }
    resp = requests.post(
        POSTMARK_ENDPOINT,
        json=body,
        headers={"X-Postmark-Server-Token": _server_token(), "Accept": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    message_id = resp.json()["MessageID"]
    log.info("proof r%d for %s sent to %s (%s)", mail.revision, mail.order_ref, mail.to, message_id)
    return message_id
