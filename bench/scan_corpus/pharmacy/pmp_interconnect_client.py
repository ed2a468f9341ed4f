"""requests-based client for the PMP interconnect hub used for out-of-state lookups."""
import ssl

import requests
from requests.adapters import HTTPAdapter

from pharmacy.config import settings


class _TLSAdapter(HTTPAdapter):
    def __init__(self, ssl_context: ssl.SSLContext, **kwargs):
        self._ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self._ssl_context
        return super().init_poolmanager(*args, **kwargs)


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.PMP_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.PMP_CLIENT_CERT, settings.PMP_CLIENT_KEY)
    return ctx


def build_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", _TLSAdapter(_context(), max_retries=2))
    session.headers["Accept"] = "application/json"
    return session


def interstate_report(session: requests.Session, state: str, patient: dict) -> dict:
    resp = session.post(
        f"{settings.PMP_HUB_URL}/states/{state}/reports",
        json=patient,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
