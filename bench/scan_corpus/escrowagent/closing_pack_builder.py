"""Background job that assembles the closing pack e-mailed to both parties of a property escrow.

Jobs arrive on the ``closing-packs`` queue from the conveyancing portal, where the
solicitor picks which uploaded files go into the pack.
"""
from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

import boto3

log = logging.getLogger(__name__)


class ClosingPackBuilder:
    def __init__(self) -> None:
        self.attachments_root = os.environ["CONVEYANCING_FILES_ROOT"]
        self.smtp_host = os.environ["SMTP_HOST"]
        self.smtp_user = os.environ["SMTP_USER"]
        self.smtp_password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("CLOSING_PACK_SENDER", "closings@escrow.example.com")

    def _attach(self, message: EmailMessage, item: dict) -> None:
        with open(os.path.join(self.attachments_root, item["file"]), "rb") as fh:
            data = fh.read()
        message.add_attachment(
            data,
            maintype="application",
            subtype="pdf",
            filename=item.get("title", "document") + ".pdf",
        )

    def build(self, job: dict) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = ", ".join(job["recipients"])
        message["Subject"] = f"Closing pack for escrow {job['escrow_id']}"
        message.set_content(
            "Please find attached the completion statement and supporting documents "
            f"for escrow {job['escrow_id']}."
        )
        for item in job["attachments"]:
            self._attach(message, item)
        return message

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.smtp_host, 587, timeout=30) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.login(self.smtp_user, self.smtp_password)
            smtp.send_message(message)


def run_worker() -> None:
    sqs = boto3.client("sqs")
    queue_url = os.environ["CLOSING_PACK_QUEUE_URL"]
    builder = ClosingPackBuilder()
    while True:
        response = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=5, WaitTimeSeconds=20)
        for msg in response.get("Messages", []):
            job = json.loads(msg["Body"])
            try:
                builder.send(builder.build(job))
                log.info("closing pack sent for escrow %s", job["escrow_id"])
            except (OSError, smtplib.SMTPException, KeyError):
                log.exception("closing pack failed for escrow %s", job.get("escrow_id"))
                continue
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    run_worker()
