"""Sends lambing alerts from the paddock sensors to the shepherds on call.

The SMS gateway is flaky on the hill sites, so sends are retried with an
exponential backoff; the on-call list is rotated so the same shepherd is
not always woken first.
"""
import logging
import random
import time
from dataclasses import dataclass

import requests

from shepherd.alerts.gateway import sms_session
from shepherd.settings import settings

log = logging.getLogger(__name__)


@dataclass
class LambingAlert:
    paddock: str
    ewe_tag: str
    kind: str
    detected_at: str

    def message(self) -> str:
        return f"{self.kind.upper()} {self.paddock}: ewe {self.ewe_tag} at {self.detected_at}"


def _backoff(attempt: int, base: float = 1.5, cap: float = 60.0) -> float:
    return min(cap, base * 2 ** attempt) + random.uniform(0, base)


def _send_sms(session: requests.Session, number: str, text: str, attempts: int = 5) -> bool:
    for attempt in range(attempts):
        try:
            resp = session.post(settings.sms_send_url, json={"to": number, "text": text}, timeout=10)
            if resp.ok:
                return True
        except requests.RequestException as exc:
            log.warning("sms to %s failed (%s), attempt %d", number, exc.__class__.__name__, attempt + 1)
        time.sleep(_backoff(attempt))
    return False


def dispatch(alert: LambingAlert, on_call: list[str]) -> list[str]:
    order = list(on_call)
    random.shuffle(order)
    delivered = []
    with sms_session() as session:
        for number in order:
            if _send_sms(session, number, alert.message()):
                delivered.append(number)
                if alert.kind != "dystocia":
                    break
    return delivered
