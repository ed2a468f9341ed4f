"""Opt-in diagnostics upload from the desktop app's Help menu."""
import os
import platform
import sys
import traceback

import requests

APP_VERSION = "4.12.0"
SHARED_ENV_VARS = ("LANG", "LC_ALL", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE")


def environment_summary() -> dict:
    return {name: os.environ[name] for name in SHARED_ENV_VARS if name in os.environ}


def build_report(exc: BaseException | None = None) -> dict:
    report = {
        "app_version": APP_VERSION,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "locale_env": environment_summary(),
    }
    if exc is not None:
        report["exception"] = type(exc).__name__
        report["traceback"] = "".join(traceback.format_exception(exc))
    return report


def upload(endpoint: str, report: dict, user_consented: bool) -> bool:
    if not user_consented:
        return False
    try:
        resp = requests.post(endpoint, json=report, timeout=10)
    except requests.RequestException:
        return False
    return resp.ok
