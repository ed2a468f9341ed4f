import os
import smtplib
from email.message import EmailMessage
from email.mime.text import MIMEText

INTEGRATOR_SUPPORT = "support@lims-integrator.example"

INSTRUMENT_SETTINGS = (
    "LIMS_SITE_CODE",
    "LIMS_DATABASE_URL",
    "ANALYSER_API_KEY",
    "RESULTS_SIGNING_SECRET",
    "ANALYSER_FIRMWARE",
)
INSTRUMENT_PUBLIC = ("LIMS_SITE_CODE", "ANALYSER_FIRMWARE", "ANALYSER_MODEL")


def instrument_settings() -> dict[str, str]:
    return {name: os.environ.get(name, "(not set)") for name in INSTRUMENT_SETTINGS}


def public_instrument_settings() -> dict[str, str]:
    return {name: os.environ.get(name, "(not set)") for name in INSTRUMENT_PUBLIC}


def escalation_email(case_id: str, problem: str) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = INTEGRATOR_SUPPORT
    msg["Subject"] = f"Analyser escalation {case_id}"
    # ruleid: environment-in-outbound-payload
    settings_text = "\n".join(f"{k}: {v}" for k, v in sorted(instrument_settings().items()))
    msg.set_content(f"{problem}\n\nInstrument settings:\n{settings_text}\n")
    return msg


def escalation_email_public(case_id: str, problem: str) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = INTEGRATOR_SUPPORT
    msg["Subject"] = f"Analyser escalation {case_id}"
    # ok: environment-in-outbound-payload
    settings_text = "\n".join(f"{k}: {v}" for k, v in sorted(public_instrument_settings().items()))
    msg.set_content(f"{problem}\n\nInstrument settings:\n{settings_text}\n")
    return msg


def quick_note(problem: str) -> EmailMessage:
    msg = EmailMessage()
    # ruleid: environment-in-outbound-payload
    msg.set_content(problem + "\n" + repr(instrument_settings()))
    return msg


def quick_note_public(problem: str) -> EmailMessage:
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(problem + "\n" + repr(public_instrument_settings()))
    return msg


def plain_escalation(problem: str) -> MIMEText:
    # ruleid: environment-in-outbound-payload
    body = f"{problem}\n\n" + "\n".join(f"{k}={v}" for k, v in instrument_settings().items())
    return MIMEText(body, "plain")


def plain_escalation_public(problem: str) -> MIMEText:
    # ok: environment-in-outbound-payload
    body = f"{problem}\n\n" + "\n".join(f"{k}={v}" for k, v in public_instrument_settings().items())
    return MIMEText(body, "plain")


def send_escalation(msg: EmailMessage) -> None:
    with smtplib.SMTP(os.environ.get("SMTP_RELAY", "localhost"), 587) as smtp:
        smtp.starttls()
        # ok: environment-in-outbound-payload
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
