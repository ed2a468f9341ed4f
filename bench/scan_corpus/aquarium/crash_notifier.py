"""Posts a short crash summary from the ticketing kiosks to the ops channel webhook."""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests

from kiosk.config import settings

# Only non-sensitive deployment metadata is attached to crash reports.
REPORTED_ENV_KEYS = ("KIOSK_ID", "DEPLOY_ENV", "APP_VERSION", "GIT_SHA")


def deployment_metadata() -> dict:
    return {key: os.environ.get(key) for key in REPORTED_ENV_KEYS}


def notify_crash(exc: BaseException) -> None:
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    payload = {
        "text": f":rotating_light: kiosk crash on {socket.gethostname()}",
        "exception": type(exc).__name__,
        "where": f"{last.filename}:{last.lineno}" if last else None,
        "python": platform.python_version(),
        "deployment": deployment_metadata(),
        "at": datetime.now(timezone.utc).isoformat(),
    }
    try:
        requests.post(settings.ops_webhook_url, json=payload, timeout=5)
    except requests.RequestException:
        pass
