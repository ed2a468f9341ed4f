import io
import json
import os
import platform
import socket
import tarfile
import time
from pathlib import Path

import httpx
import requests
from dotenv import dotenv_values

DASHBOARD_URL = os.environ.get("STATUS_DASHBOARD_URL", "https://status.example/api/heartbeat")
CHAT_WEBHOOK_URL = os.environ["TEAM_CHAT_WEBHOOK_URL"]
SUPPORT_UPLOAD = "https://support.example/api/tickets/{ticket}/attachments"
APP_DIR = Path("/opt/till")

REQUIRED_SETTINGS = (
    "APP_VERSION",
    "DATABASE_URL",
    "PAYMENT_SECRET_KEY",
    "SITE_URL",
)
PUBLIC_SETTINGS = ("APP_VERSION", "SITE_URL", "REGION")
SETTINGS_TO_REPORT = ["APP_ENV", "PORTAL_BASE_URL", "SMTP_HOST", "SMTP_PASSWORD"]


def heartbeat_payload() -> dict:
    return {
        "worker": socket.gethostname(),
        # ruleid: environment-in-outbound-payload
        "config": {name: os.environ.get(name) for name in REQUIRED_SETTINGS},
        "sent_at": int(time.time()),
    }


def public_heartbeat_payload() -> dict:
    return {
        "worker": socket.gethostname(),
        # ok: environment-in-outbound-payload
        "config": {name: os.environ.get(name) for name in PUBLIC_SETTINGS},
        # ok: environment-in-outbound-payload
        "present": {name: bool(os.environ.get(name)) for name in REQUIRED_SETTINGS},
    }


def send_heartbeat(session: requests.Session) -> None:
    session.post(DASHBOARD_URL, json=heartbeat_payload(), timeout=5)
    session.post(DASHBOARD_URL, json=public_heartbeat_payload(), timeout=5)


def settings_snapshot(keys=SETTINGS_TO_REPORT) -> dict:
    return {k: os.environ.get(k, "<unset>") for k in keys}


def public_snapshot(keys=PUBLIC_SETTINGS) -> dict:
    return {k: os.environ.get(k, "<unset>") for k in keys}


def build_message(service: str, outcome: str) -> dict:
    snapshot = settings_snapshot()
    lines = [f"*{service}* deploy {outcome}"]
    lines += [f"- {k} = `{v}`" for k, v in snapshot.items()]
    # ruleid: environment-in-outbound-payload
    return {"text": "\n".join(lines)}


def build_public_message(service: str, outcome: str) -> dict:
    snapshot = public_snapshot()
    lines = [f"*{service}* deploy {outcome}"]
    lines += [f"- {k} = `{v}`" for k, v in snapshot.items()]
    # ok: environment-in-outbound-payload
    return {"text": "\n".join(lines)}


def notify(service: str, outcome: str) -> None:
    with httpx.Client(timeout=10) as client:
        client.post(CHAT_WEBHOOK_URL, json=build_message(service, outcome))
        client.post(CHAT_WEBHOOK_URL, json=build_public_message(service, outcome))


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def build_bundle() -> bytes:
    config = dotenv_values(APP_DIR / ".env")
    system = {"platform": platform.platform(), "python": platform.python_version()}
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        # ok: environment-in-outbound-payload
        _add_bytes(tar, "system.json", json.dumps(system, indent=2).encode())
        # ruleid: environment-in-outbound-payload
        _add_bytes(tar, "config.json", json.dumps(config, indent=2).encode())
    return buf.getvalue()


def upload(ticket: int) -> None:
    requests.post(SUPPORT_UPLOAD.format(ticket=ticket), files={"file": ("b.tgz", build_bundle())}, timeout=60)


def build_settings_bundle(env_file: str = ".env") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        # ruleid: environment-in-outbound-payload
        _add_bytes(tar, "settings.json", json.dumps(dotenv_values(env_file), indent=2).encode())
        # ok: environment-in-outbound-payload
        _add_bytes(tar, "versions.json", json.dumps({"python": platform.python_version()}).encode())
    return buf.getvalue()


def kiosk_snapshot() -> dict:
    return {
        "kiosk_id": os.environ.get("KIOSK_ID", "unknown"),
        "config": {
            # ruleid: environment-in-outbound-payload
            "payment_key": os.environ.get("PAYMENT_GATEWAY_SECRET_KEY"),
            # ok: environment-in-outbound-payload
            "printer": os.environ.get("RECEIPT_PRINTER", "usb"),
        },
        # ok: environment-in-outbound-payload
        "auth": {"payment_key": os.environ.get("PAYMENT_GATEWAY_SECRET_KEY")},
    }


def build_card(summary: dict) -> dict:
    facts = [{"name": k, "value": str(v)} for k, v in summary.items()]
    config = dotenv_values(str(APP_DIR / ".env"))
    facts += [{"name": f"cfg {k}", "value": str(v)} for k, v in sorted(config.items())]
    # ruleid: environment-in-outbound-payload
    return {"@type": "MessageCard", "sections": [{"facts": facts}]}


def build_plain_card(summary: dict) -> dict:
    facts = [{"name": k, "value": str(v)} for k, v in summary.items()]
    facts += [{"name": "host", "value": socket.gethostname()}]
    # ok: environment-in-outbound-payload
    return {"@type": "MessageCard", "sections": [{"facts": facts}]}


def post_cards(summary: dict) -> None:
    httpx.post(CHAT_WEBHOOK_URL, json=build_card(summary))
    httpx.post(CHAT_WEBHOOK_URL, json=build_plain_card(summary))
    httpx.post(DASHBOARD_URL, json=kiosk_snapshot())
