"""Django middleware that forwards unhandled billing-portal exceptions to the error tracker."""
import logging
import os
import socket
import traceback
from datetime import datetime, timezone

import requests
from django.conf import settings

logger = logging.getLogger(__name__)

# Only deployment metadata goes out with an event.
RUNTIME_KEYS = ("SERVICE_NAME", "DEPLOY_ENV", "GIT_SHA", "REGION")


def runtime_info() -> dict:
    return {key: os.environ.get(key, "") for key in RUNTIME_KEYS}


class ErrorReportingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.session = requests.Session()
        self.session.headers["X-Project-Key"] = settings.ERROR_TRACKER_KEY

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        event = {
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "host": socket.gethostname(),
            "exception": type(exception).__name__,
            "stack": traceback.format_exception(exception),
            "request": {"method": request.method, "path": request.path},
            "runtime": runtime_info(),
        }
        try:
            self.session.post(settings.ERROR_TRACKER_URL, json=event, timeout=5)
        except requests.RequestException:
            logger.warning("error report not delivered", exc_info=True)
        return None
