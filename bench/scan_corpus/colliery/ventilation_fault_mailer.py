"""Escalation e-mails for ventilation monitoring faults.

If the main fan monitoring service loses its connection to the historian
database or the fan PLC, it e-mails the on-call ventilation engineer and the
platform vendor's support mailbox so both can start diagnosing at once.
"""
import os
import smtplib
import ssl
import traceback
from email.message import EmailMessage

from colliery.config import settings

RECIPIENTS = [settings.VENT_ONCALL_EMAIL, settings.VENDOR_SUPPORT_EMAIL]


def _connection_summary() -> str:
    lines = [
        f"Site: {settings.SITE_CODE}",
        f"Fan PLC: {os.environ.get('FAN_PLC_ENDPOINT', 'unset')}",
        f"Historian: {os.environ.get('HISTORIAN_DATABASE_URL', 'unset')}",
        f"Service version: {os.environ.get('APP_VERSION', 'unknown')}",
    ]
    return "\n".join(lines)


def _compose(component: str, exc: BaseException) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[{settings.SITE_CODE}] Ventilation monitoring fault: {component}"
    msg["From"] = settings.ALERTS_FROM_ADDRESS
    msg["To"] = ", ".join(RECIPIENTS)
    body = (
        f"The ventilation monitoring service lost contact with {component}.\n\n"
        f"{_connection_summary()}\n\n"
        "Traceback:\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
    msg.set_content(body)
    return msg


def escalate(component: str, exc: BaseException) -> None:
    message = _compose(component, exc)
    context = ssl.create_default_context()
    with smtplib.SMTP(settings.SMTP_HOST, int(settings.SMTP_PORT), timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(settings.SMTP_USERNAME, settings.SMTP_PASSWORD)
        smtp.send_message(message)


def guarded(component: str):
    def decorator(func):
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except (ConnectionError, TimeoutError, OSError) as exc:
                escalate(component, exc)
                raise
        return wrapper
    return decorator
