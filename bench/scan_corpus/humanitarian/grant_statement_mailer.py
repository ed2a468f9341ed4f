"""Send quarterly financial statements to institutional donors.

Statements go out through the organisation's submission relay on port 465
(implicit TLS). Credentials come from the reporting service's environment.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage

RELAY_PORT = 465


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("RELAY_CA_FILE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def statement_message(grant, quarter: str, xlsx: bytes, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Financial statement {grant.code} {quarter}"
    msg["From"] = sender
    msg["To"] = ", ".join(grant.finance_contacts)
    msg.set_content(
        f"Please find attached the interim financial statement for {grant.code}, {quarter}.\n"
        "Figures are in the grant currency and reconcile to the general ledger."
    )
    msg.add_attachment(
        xlsx,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"{grant.code}_{quarter}.xlsx",
    )
    return msg


def send_statement(grant, quarter: str, xlsx: bytes) -> None:
    host = os.environ["RELAY_HOST"]
    sender = os.environ["STATEMENT_SENDER"]
    msg = statement_message(grant, quarter, xlsx, sender)
    with smtplib.SMTP_SSL(host, RELAY_PORT, context=_context(), timeout=60) as smtp:
        smtp.login(os.environ["RELAY_USER"], os.environ["RELAY_PASSWORD"])
        smtp.send_message(msg)
