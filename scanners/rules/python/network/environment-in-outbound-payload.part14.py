import os

import httpx
import requests

PREFIX = "SHOP_"


# A helper that copies every variable of a prefix into the dict it returns, posted to a chat hook.
def prefixed_settings(prefix=PREFIX):
    settings = {}
    for name, value in sorted(os.environ.items()):
        if name.startswith(prefix):
            settings[name[len(prefix):].lower()] = value
    return settings


def announce_release(version):
    body = {"text": f"release {version}",
            # ruleid: environment-in-outbound-payload
            "fields": prefixed_settings()}
    requests.post(os.environ["CHAT_HOOK_URL"], json=body, timeout=5)


# The whole environment, key by key, rendered into an async request's text.
def all_settings():
    out = {}
    for key, val in os.environ.items():
        out[key] = val
    return out


async def post_digest(url, counts):
    # ruleid: environment-in-outbound-payload
    text = "\n".join(f"{k}: {v}" for k, v in all_settings().items())
    async with httpx.AsyncClient() as client:
        await client.post(url, json={"text": text, "counts": counts})


# Values masked: only the names go out.
def masked_settings(prefix=PREFIX):
    settings = {}
    for name, value in os.environ.items():
        if name.startswith(prefix):
            settings[name] = "***"
    return settings


def announce_masked(version):
    # ok: environment-in-outbound-payload
    body = {"text": f"release {version}", "fields": masked_settings()}
    requests.post(os.environ["CHAT_HOOK_URL"], json=body, timeout=5)


# Values passed through a redacting helper first.
def redacted_settings(prefix=PREFIX):
    settings = {}
    for name, value in os.environ.items():
        if name.startswith(prefix):
            settings[name] = redact(value)
    return settings


def announce_redacted(version):
    # ok: environment-in-outbound-payload
    body = {"text": f"release {version}", "fields": redacted_settings()}
    requests.post(os.environ["CHAT_HOOK_URL"], json=body, timeout=5)


def redact(value):
    return value[:2] + "..."


# Filled but only logged, never sent.
def announce_logged(version, log):
    # ok: environment-in-outbound-payload
    log.info("settings: %s", prefixed_settings())
    requests.post(os.environ["CHAT_HOOK_URL"], json={"text": f"release {version}"}, timeout=5)
