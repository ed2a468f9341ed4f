import os
import smtplib
from email.message import EmailMessage

import httpx
import requests

ALERT_HOOK = os.environ.get("ALERT_CHAT_HOOK", "")
REPORT_PREFIXES = ("KILN_", "AWS_", "DATABASE_")
SHAREABLE = ("KILN_REGION", "KILN_RELEASE")


def prefixed_settings() -> dict:
    return {key: value for key, value in sorted(os.environ.items()) if key.startswith(REPORT_PREFIXES)}


def shareable_settings() -> dict:
    return {key: value for key, value in os.environ.items() if key in SHAREABLE}


def masked_settings() -> dict:
    return {key: "***" if "KEY" in key else value for key, value in os.environ.items()}


def environment_text() -> str:
    return "\n".join(f"{name}={value}" for name, value in sorted(os.environ.items()))


def environment_names() -> str:
    return "\n".join(name for name, value in sorted(os.environ.items()))


def prefixed_lines() -> list:
    lines = []
    for name, value in sorted(os.environ.items()):
        if name.startswith("KILN_"):
            lines.append(f"{name}={value}")
    return lines


def shareable_lines() -> list:
    lines = []
    for name, value in sorted(os.environ.items()):
        if name in SHAREABLE:
            lines.append(f"{name}={value}")
    return lines


def release_lines() -> list:
    database = os.environ.get("DATABASE_URL", "")
    broker = os.environ.get("CELERY_BROKER_URL", "")
    return [f"db: {database}", f"broker: {broker}"]


def release_hosts() -> list:
    region = os.environ.get("KILN_REGION", "")
    return [f"region: {region}"]


def compose_report(note: str) -> EmailMessage:
    lines = [note, "Settings:"]
    # ruleid: environment-in-outbound-payload
    for key, value in prefixed_settings().items():
        lines.append(f"  {key}={value}")
    # ok: environment-in-outbound-payload
    for key, value in shareable_settings().items():
        lines.append(f"  {key}={value}")
    # ok: environment-in-outbound-payload
    for key, value in masked_settings().items():
        lines.append(f"  {key}={value}")
    msg = EmailMessage()
    msg.set_content("\n".join(lines))
    return msg


def render_summary() -> str:
    body = ["Summary", environment_text()]
    return "\n".join(body)


def render_names() -> str:
    # ok: environment-in-outbound-payload
    return "\n".join(["Summary", environment_names()])


def mail_summary() -> None:
    msg = EmailMessage()
    # ruleid: environment-in-outbound-payload
    msg.set_content(render_summary())
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def mail_names() -> None:
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(render_names())
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


async def alert(job: str) -> None:
    message = {
        "text": f"{job} failed",
        # ruleid: environment-in-outbound-payload
        "fields": [{"title": k, "value": v} for k, v in prefixed_settings().items()],
        # ok: environment-in-outbound-payload
        "count": len(prefixed_settings()),
    }
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            await client.post(ALERT_HOOK, json=message)
        except httpx.HTTPError:
            pass


def announce() -> None:
    # ruleid: environment-in-outbound-payload
    lines = release_lines() + prefixed_lines()
    # ok: environment-in-outbound-payload
    lines += release_hosts() + shareable_lines()
    requests.post(ALERT_HOOK, json={"text": "\n".join(lines)}, timeout=10)


def local_only() -> None:
    # ok: environment-in-outbound-payload
    print(environment_text())
