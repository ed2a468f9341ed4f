import io
import json
import os
import tarfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx
import requests
from dotenv import dotenv_values

SUPPORT_API = "https://support.shopvendor.example/api/tickets"
MONITOR_URL = os.environ.get("PLANT_MONITOR_URL", "https://monitor.example/ingest")
ENV_FILE = Path("/etc/lorimer/shop.env")
LOG_FILE = Path("/var/log/lorimer/shop.log")


def gather_config() -> dict:
    config = dotenv_values(ENV_FILE)
    config["collected_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return config


def gather_versions() -> dict:
    versions = {"shop": "4.2", "python": "3.12"}
    versions["collected_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return versions


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(LOG_FILE, arcname="logs/shop.log")
        # ruleid: environment-in-outbound-payload
        payload = json.dumps(gather_config(), indent=2).encode()
        info = tarfile.TarInfo("config.json")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    return buf.getvalue()


def build_version_bundle() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        # ok: environment-in-outbound-payload
        payload = json.dumps(gather_versions(), indent=2).encode()
        info = tarfile.TarInfo("versions.json")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    return buf.getvalue()


def attach(ticket: str, bundle: bytes) -> None:
    requests.post(f"{SUPPORT_API}/{ticket}/attachments", files={"file": ("bundle.tar.gz", bundle)}, timeout=60)


def _controller_identity() -> dict:
    return {
        "site": os.environ.get("MILL_SITE", "main"),
        "software": os.environ.get("CONTROLLER_VERSION", "dev"),
        "scada_credentials": os.environ.get("SCADA_PASSWORD"),
    }


def _controller_context() -> dict:
    return {
        "site": os.environ.get("MILL_SITE", "main"),
        "software": os.environ.get("CONTROLLER_VERSION", "dev"),
    }


def _auth_headers() -> dict:
    return {"Authorization": "Bearer " + os.environ.get("MONITOR_API_TOKEN", "")}


async def send_heartbeat(client: httpx.AsyncClient, reading: dict) -> None:
    # ruleid: environment-in-outbound-payload
    payload = {"ts": int(time.time()), "reading": reading, **_controller_identity()}
    await client.post(MONITOR_URL, json=payload)


async def send_quiet_heartbeat(client: httpx.AsyncClient, reading: dict) -> None:
    # ok: environment-in-outbound-payload
    payload = {"ts": int(time.time()), "reading": reading, **_controller_context()}
    await client.post(MONITOR_URL, json=payload, headers=_auth_headers())


@dataclass
class SyncConfig:
    mill_url: str = os.environ.get("MILL_API_URL", "https://api.northmill.example/v2")
    mill_token: str = os.environ.get("MILL_API_TOKEN", "")
    chat_webhook: str = os.environ.get("PRODUCTION_CHAT_WEBHOOK", "")
    articles: list = field(default_factory=list)


def pull_levels(cfg: SyncConfig) -> dict:
    with requests.Session() as s:
        s.headers["Authorization"] = f"Bearer {cfg.mill_token}"
        # ok: environment-in-outbound-payload
        r = s.post(f"{cfg.mill_url}/levels", json={"articles": cfg.articles, "token": cfg.mill_token}, timeout=15)
        return r.json()


def notify(cfg: SyncConfig, ok: bool, detail: str) -> None:
    card = {
        "title": "Yarn stock sync " + ("finished" if ok else "FAILED"),
        "facts": [
            {"name": "mill endpoint", "value": cfg.mill_url},
            # ruleid: environment-in-outbound-payload
            {"name": "credentials", "value": cfg.mill_token},
        ],
    }
    if cfg.chat_webhook:
        requests.post(cfg.chat_webhook, json=card, timeout=10)


def notify_quietly(cfg: SyncConfig, ok: bool) -> None:
    # ok: environment-in-outbound-payload
    card = {"title": "Yarn stock sync", "facts": [{"name": "mill endpoint", "value": cfg.mill_url}]}
    requests.post(cfg.chat_webhook, json=card, timeout=10)


CHAT_WEBHOOK = os.environ.get("DEPLOY_CHAT_WEBHOOK", "")
PUBLIC_SETTINGS = ("SERVICE_NAME", "REGION")


def build_deploy_message(service: str, env_file: Path) -> dict:
    config = dotenv_values(env_file)
    lines = [f"{k}={v}" for k, v in sorted(config.items())]
    return {
        "text": f"{service} deployed",
        # ruleid: environment-in-outbound-payload
        "attachments": [{"title": "runtime configuration", "text": "\n".join(lines)}],
    }


def build_public_message(service: str, env_file: Path) -> dict:
    config = dotenv_values(env_file)
    lines = [f"{k}={config.get(k)}" for k in PUBLIC_SETTINGS]
    return {
        "text": f"{service} deployed",
        # ok: environment-in-outbound-payload
        "attachments": [{"title": "settings", "text": "\n".join(lines)}],
    }


def announce(message: dict) -> None:
    requests.post(CHAT_WEBHOOK, json=message, timeout=10)


def _runtime() -> dict:
    env = dict(os.environ)
    env["collected_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return env


def _versions() -> dict:
    versions = {"python": "3.12"}
    versions["collected_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return versions


def report_crash(error: str) -> None:
    # ruleid: environment-in-outbound-payload
    body = {"error": error, "runtime": _runtime()}
    requests.post("https://crash.vendor.example/v1/reports", json=body, timeout=10)


def report_versions(error: str) -> None:
    # ok: environment-in-outbound-payload
    body = {"error": error, "versions": _versions()}
    requests.post("https://crash.vendor.example/v1/reports", json=body, timeout=10)
