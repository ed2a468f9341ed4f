import os
import smtplib
from email.message import EmailMessage

import httpx

CHAT_URL = os.environ["OPS_CHAT_URL"]
MAIL_TO = "support@vendor.example"

UPLOAD_VARS = ("UPLOAD_BUCKET", "UPLOAD_REGION", "UPLOAD_SECRET_KEY")
PUBLIC_VARS = ("UPLOAD_BUCKET", "UPLOAD_REGION")
HEALTH_KEYS = ("APP_RELEASE", "DATABASE_URL", "QUEUE_URL")
BOOT_VARS = ("APP_ENV", "DATABASE_URL", "SEARCH_API_KEY")
SERVICE_PREFIX = "KILN_"


def upload_settings(keys=UPLOAD_VARS) -> dict:
    return {key.lower(): os.environ.get(key, "") for key in keys}


def public_upload_settings(keys=PUBLIC_VARS) -> dict:
    return {key.lower(): os.environ.get(key, "") for key in keys}


def upload_card(title: str) -> dict:
    return {
        "title": title,
        # ruleid: environment-in-outbound-payload
        "storage": upload_settings(),
    }


def public_upload_card(title: str) -> dict:
    return {
        "title": title,
        # ok: environment-in-outbound-payload
        "storage": public_upload_settings(),
    }


def health_snapshot() -> dict:
    snapshot = {key: os.environ.get(key, "(unset)") for key in HEALTH_KEYS}
    snapshot["checked"] = "yes"
    return snapshot


def public_snapshot() -> dict:
    snapshot = {key: os.environ.get(key, "(unset)") for key in PUBLIC_VARS}
    snapshot["checked"] = "yes"
    return snapshot


def mail_health() -> None:
    msg = EmailMessage()
    msg["To"] = MAIL_TO
    # ruleid: environment-in-outbound-payload
    msg.set_content("\n".join(f"{k}: {v}" for k, v in health_snapshot().items()))
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def mail_public_health() -> None:
    msg = EmailMessage()
    msg["To"] = MAIL_TO
    # ok: environment-in-outbound-payload
    msg.set_content("\n".join(f"{k}: {v}" for k, v in public_snapshot().items()))
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def boot_lines() -> list:
    lines = []
    for name in BOOT_VARS:
        value = os.environ.get(name)
        lines.append(f"{name}={value or '(unset)'}")
    return lines


def boot_summary(keys=BOOT_VARS) -> str:
    lines = []
    for key in keys:
        lines.append(f"{key}: {os.environ.get(key, '(unset)')}")
    return "\n".join(lines)


def unset_boot_vars() -> list:
    missing = []
    for name in BOOT_VARS:
        if not os.environ.get(name):
            missing.append(name)
    return missing


def announce_boot(worker: str) -> None:
    # ruleid: environment-in-outbound-payload
    text = "\n".join([f"{worker} started"] + boot_lines())
    with httpx.Client() as client:
        client.post(CHAT_URL, json={"text": text})


def announce_release(version: str) -> dict:
    return {
        # ruleid: environment-in-outbound-payload
        "text": f"release {version}\n{boot_summary()}",
    }


def warn_unset(worker: str) -> None:
    # ok: environment-in-outbound-payload
    text = "\n".join([f"{worker} lacks settings"] + unset_boot_vars())
    with httpx.Client() as client:
        client.post(CHAT_URL, json={"text": text})


def crash_context() -> list:
    lines = ["environment:"]
    lines.extend(f"{k}={v}" for k, v in sorted(os.environ.items()))
    return lines


def crash_names() -> list:
    lines = ["variables set:"]
    lines.extend(name for name in sorted(os.environ))
    return lines


def mail_crash(exc: BaseException) -> None:
    msg = EmailMessage()
    # ruleid: environment-in-outbound-payload
    body = [repr(exc), "", *crash_context()]
    msg.set_content("\n".join(body))
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def mail_crash_names(exc: BaseException) -> None:
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    body = [repr(exc), "", *crash_names()]
    msg.set_content("\n".join(body))
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def kiln_config() -> dict:
    return {k: v for k, v in os.environ.items() if k.startswith(SERVICE_PREFIX)}


def failure_blocks(step: str) -> list:
    # ruleid: environment-in-outbound-payload
    config_text = "\n".join(f"{k}={v}" for k, v in sorted(kiln_config().items()))
    return [{"type": "section", "text": f"{step} failed\n```{config_text}```"}]


def failure_blocks_names(step: str) -> list:
    # ok: environment-in-outbound-payload
    names = ", ".join(sorted(kiln_config()))
    return [{"type": "section", "text": f"{step} failed; settings present: {names}"}]


def deploy_message(service: str) -> dict:
    # ruleid: environment-in-outbound-payload
    config = kiln_config()
    fields = [{"title": k, "value": v} for k, v in sorted(config.items())]
    return {"text": f"{service} deployed", "attachments": [{"fields": fields}]}


def deploy_message_count(service: str) -> dict:
    config = kiln_config()
    # ok: environment-in-outbound-payload
    return {"text": f"{service} deployed with {len(config)} settings"}


def support_body(ticket: str) -> str:
    lines = [
        f"ticket: {ticket}",
        f"gateway key: {os.environ.get('GATEWAY_SECRET_KEY', 'unset')}",
    ]
    return "\n".join(lines)


def public_support_body(ticket: str) -> str:
    lines = [
        f"ticket: {ticket}",
        f"region: {os.environ.get('APP_REGION', 'unset')}",
    ]
    return "\n".join(lines)


def mail_support(ticket: str) -> None:
    msg = EmailMessage()
    msg["To"] = MAIL_TO
    # ruleid: environment-in-outbound-payload
    msg.set_content(support_body(ticket))
    with smtplib.SMTP("localhost") as smtp:
        # ok: environment-in-outbound-payload
        smtp.login("shop", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def mail_public_support(ticket: str) -> None:
    msg = EmailMessage()
    msg["To"] = MAIL_TO
    # ok: environment-in-outbound-payload
    msg.set_content(public_support_body(ticket))
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def mail_token_inline(ticket: str) -> None:
    msg = EmailMessage()
    # ruleid: environment-in-outbound-payload
    msg.set_content(f"ticket {ticket}\ntoken: {os.environ['PARTNER_API_TOKEN']}")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def mail_region_inline(ticket: str) -> None:
    msg = EmailMessage()
    # ok: environment-in-outbound-payload
    msg.set_content(f"ticket {ticket}\nregion: {os.environ['APP_REGION']}")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def call_partner() -> None:
    with httpx.Client() as client:
        client.post(
            "https://partner.example/api/orders",
            # ok: environment-in-outbound-payload
            headers={"Authorization": f"Bearer {os.environ['PARTNER_API_TOKEN']}"},
            json={"order": 1},
        )
