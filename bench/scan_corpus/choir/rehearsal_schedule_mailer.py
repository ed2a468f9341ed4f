"""Emails each section its rehearsal calendar as an .ics attachment."""
import datetime as dt
import os
import smtplib
import ssl
from email.message import EmailMessage

MAIL_SETTINGS = {
    "host": os.environ.get("SMTP_HOST", "smtp.office365.com"),
    "port": int(os.environ.get("SMTP_PORT", "587")),
    "sender": "rehearsals@nationalyouthchoir.org.uk",
    "min_tls": ssl.TLSVersion.TLSv1,
}


def _tls_context(min_version: ssl.TLSVersion = MAIL_SETTINGS["min_tls"]) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = min_version
    return ctx


def _ics(events: list[dict]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//NYC//Rehearsals//EN"]
    for ev in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev['id']}@nationalyouthchoir.org.uk",
            f"DTSTART:{ev['start']:%Y%m%dT%H%M%S}",
            f"DTEND:{ev['end']:%Y%m%dT%H%M%S}",
            f"SUMMARY:{ev['title']}",
            f"LOCATION:{ev['venue']}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def build_message(section: str, recipients: list[str], events: list[dict]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = MAIL_SETTINGS["sender"]
    msg["Bcc"] = ", ".join(recipients)
    msg["Subject"] = f"{section} rehearsal schedule from {dt.date.today():%d %B}"
    msg.set_content(
        f"Dear {section} singers,\n\nYour rehearsal calendar is attached. "
        "Please check call times carefully.\n\nThe NYC team"
    )
    msg.add_attachment(_ics(events).encode(), maintype="text", subtype="calendar", filename="rehearsals.ics")
    return msg


def send_section_schedule(section: str, recipients: list[str], events: list[dict]) -> None:
    msg = build_message(section, recipients, events)
    with smtplib.SMTP(MAIL_SETTINGS["host"], MAIL_SETTINGS["port"], timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
