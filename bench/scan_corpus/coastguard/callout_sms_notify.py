"""Notifies on-call coxswains by SMS when a launch request is raised."""
import logging
import os

import requests

log = logging.getLogger("rcc.callout")


def _mask_number(number: str) -> str:
    return f"{number[:3]}****{number[-3:]}" if len(number) > 6 else "****"


class CalloutNotifier:
    def __init__(self, api_url: str | None = None):
        self.api_url = api_url or os.environ["SMS_API_URL"]
        self.session = requests.Session()
        self.session.auth = (os.environ["SMS_ACCOUNT_SID"], os.environ["SMS_AUTH_TOKEN"])

    def notify(self, number: str, launch_ref: str, station: str) -> str | None:
        body = f"LAUNCH REQUEST {launch_ref} {station}. Reply Y to accept."
        try:
            resp = self.session.post(
                f"{self.api_url}/Messages.json",
                data={"To": number, "From": "COASTGUARD", "Body": body},
                timeout=10,
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("callout SMS to %s for %s failed: %s",
                        _mask_number(number), launch_ref, type(exc).__name__)
            return None
        sid = resp.json().get("sid")
        log.info("callout SMS sid=%s to %s for %s", sid, _mask_number(number), launch_ref)
        return sid
