"""Send proof emails to customers through the workshop's SMTP relay."""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("PROOF_SENDER", "proofs@localhost"),
        )


class ProofMailer:
    def __init__(self, settings: SmtpSettings | None = None) -> None:
        self.settings = settings or SmtpSettings.from_env()

    def _message(self, to: str, job_ref: str, proof_pdf: Path, link: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = f"Proof ready for approval - {job_ref}"
        msg.set_content(
            f"Your proof for {job_ref} is attached.\n\n"
            f"Approve or request changes here: {link}\n"
        )
        msg.add_attachment(
            proof_pdf.read_bytes(), maintype="application", subtype="pdf", filename=proof_pdf.name
        )
        return msg

    def send(self, to: str, job_ref: str, proof_pdf: Path, link: str) -> None:
        msg = self._message(to, job_ref, proof_pdf, link)
        context = ssl.create_default_context()
        with smtplib.SMTP(self.settings.host, self.settings.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.settings.username, self.settings.password)
            smtp.send_message(msg)
