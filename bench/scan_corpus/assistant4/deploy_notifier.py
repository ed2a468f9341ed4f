"""Announce finished deployments in the team chat channel.

Called by the release pipeline after the health checks pass.
"""
import os
import socket

import requests

# Build metadata that is attached to the announcement.
_REPORTED_VARS = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "AWS_REGION")


def _build_metadata() -> dict:
    return {name: os.environ.get(name, "unknown") for name in _REPORTED_VARS}


def notify_deploy_finished(service: str) -> None:
    webhook_url = os.environ["DEPLOY_WEBHOOK_URL"]
    meta = _build_metadata()
    text = (
        f":rocket: {service} {meta['APP_VERSION']} ({meta['GIT_SHA'][:8]}) "
        f"is live in {meta['DEPLOY_ENV']}/{meta['AWS_REGION']} "
        f"(deployed from {socket.gethostname()})"
    )
    resp = requests.post(webhook_url, json={"text": text, "metadata": meta}, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    import sys

    notify_deploy_finished(sys.argv[1] if len(sys.argv) > 1 else "unknown-service")
