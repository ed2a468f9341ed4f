"""Notifies the workshop's chat channel when a new build of the tuning software ships."""

import logging
import os

import requests

log = logging.getLogger(__name__)

PUBLIC_BUILD_VARS = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "BUILD_NUMBER", "REGION")


def build_facts(env=os.environ) -> dict[str, str]:
    return {name.lower(): env[name] for name in PUBLIC_BUILD_VARS if name in env}


def format_message(facts: dict[str, str], changelog: list[str]) -> str:
    header = "Tuning suite {app_version} ({git_sha}) is live on {deploy_env}".format(
        app_version=facts.get("app_version", "?"),
        git_sha=facts.get("git_sha", "?")[:8],
        deploy_env=facts.get("deploy_env", "?"),
    )
    bullets = "\n".join(f"- {line}" for line in changelog[:10])
    return f"{header}\n{bullets}" if bullets else header


def notify_release(changelog: list[str]) -> bool:
    webhook = os.environ.get("WORKSHOP_CHAT_WEBHOOK")
    if not webhook:
        log.info("No chat webhook configured; skipping release notice")
        return False
    facts = build_facts()
    payload = {"text": format_message(facts, changelog), "metadata": facts}
    resp = requests.post(webhook, json=payload, timeout=10)
    if not resp.ok:
        log.warning("Release notice failed with HTTP %s", resp.status_code)
    return resp.ok
