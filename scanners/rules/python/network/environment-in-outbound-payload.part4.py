import io
import json
import os
import platform
import zipfile
from pathlib import Path

import requests
from dotenv import dotenv_values

PORTAL = "https://support.vendor.example/api/tickets/{ticket}/bundles"
ENV_FILE = Path("/opt/app/.env")
SAFE_KEYS = ("APP_VERSION", "REGION")


def bundle_from_local(ticket: str) -> bytes:
    config = dotenv_values(ENV_FILE)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("meta.json", json.dumps({"ticket": ticket, "host": platform.node()}))
        # ruleid: environment-in-outbound-payload
        zf.writestr("config.json", json.dumps(config, indent=2))
    return buf.getvalue()


def bundle_inline(env_file: Path = ENV_FILE) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # ruleid: environment-in-outbound-payload
        zf.writestr("settings.json", json.dumps(dotenv_values(env_file), indent=2))
        # ruleid: environment-in-outbound-payload
        zf.writestr("environ.json", json.dumps(dict(os.environ)))
    return buf.getvalue()


def bundle_chosen(env_file: Path = ENV_FILE) -> bytes:
    config = dotenv_values(env_file)
    chosen = {k: config.get(k) for k in SAFE_KEYS}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # ok: environment-in-outbound-payload
        zf.writestr("settings.json", json.dumps(chosen, indent=2))
        # ok: environment-in-outbound-payload
        zf.writestr("names.json", json.dumps(sorted(config)))
    return buf.getvalue()


def upload(ticket: str, bundle: bytes) -> str:
    resp = requests.post(PORTAL.format(ticket=ticket), files={"bundle": ("b.zip", bundle)}, timeout=60)
    return resp.json()["id"]


def deployed_config(env_file: str) -> dict:
    return dotenv_values(env_file)


def build_message(service: str, config: dict) -> dict:
    block = "\n".join(f"{k}={v}" for k, v in sorted(config.items()))
    return {"text": f"{service} deployed", "blocks": [{"type": "section", "text": block}]}


def build_summary(service: str, config: dict) -> dict:
    return {"text": f"{service} deployed with {len(config)} settings"}


def announce(webhook: str, service: str, env_file: str) -> None:
    # ruleid: environment-in-outbound-payload
    message = build_message(service, deployed_config(env_file))
    requests.post(webhook, json=message, timeout=10)


def announce_inline(webhook: str, service: str, env_file: str) -> None:
    # ruleid: environment-in-outbound-payload
    requests.post(webhook, json=build_message(service, deployed_config(env_file)), timeout=10)


def announce_locally(service: str, env_file: str) -> None:
    message = build_message(service, deployed_config(env_file))
    # ok: environment-in-outbound-payload
    print(json.dumps(message))


def _headers() -> dict:
    return {
        "Content-Type": "application/json",
        "X-Site": os.environ.get("SITE_CODE", "main"),
        "Authorization": f"Bearer {os.environ['ERP_API_TOKEN']}",
    }


def _hook_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['BUYER_WEBHOOK_TOKEN']}"}


def _erp_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['ERP_API_TOKEN']}"}


async def notify(client, hook, lot: dict) -> bool:
    # ruleid: environment-in-outbound-payload
    resp = await client.post(hook.url, json={"event": "lot.finished", "lot": lot}, headers=_headers(), timeout=10)
    return resp.status_code < 300


def notify_inline(callback_url: str, lot: dict) -> None:
    # ruleid: environment-in-outbound-payload
    requests.post(callback_url, json=lot, headers={"X-Api-Key": os.getenv("STOCK_API_KEY", "")}, timeout=10)


def notify_with_own_secret(hook, lot: dict) -> None:
    # ok: environment-in-outbound-payload
    requests.post(hook.url, json=lot, headers=_hook_headers(), timeout=10)


def sync_to_erp(erp_url: str, lot: dict) -> None:
    # ok: environment-in-outbound-payload
    requests.post(erp_url, json=lot, headers=_erp_headers(), timeout=10)
