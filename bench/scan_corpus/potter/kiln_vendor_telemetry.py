"""Forward kiln controller telemetry to the vendor's monitoring cloud.

The vendor's ingestion endpoint uses a certificate issued by their own CA,
so the session is pinned to the CA bundle they ship with the controllers.
"""
import logging
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from potter.config import settings

log = logging.getLogger(__name__)

VENDOR_CA_BUNDLE = Path(settings.CERT_DIR) / "kiln-vendor-root-ca.pem"


def telemetry_session() -> requests.Session:
    session = requests.Session()
    session.verify = str(VENDOR_CA_BUNDLE)
    session.cert = (settings.KILN_CLIENT_CERT, settings.KILN_CLIENT_KEY)
    retries = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    return session


def telemetry_batch(kiln, readings) -> dict:
    return {
        "controller_serial": kiln.serial,
        "firmware": kiln.firmware_version,
        "readings": [
            {"ts": r.timestamp.isoformat(), "temp_f": r.temperature_f, "relay": r.relay_on}
            for r in readings
        ],
    }


def push_telemetry(kiln, readings, session: requests.Session | None = None) -> None:
    session = session or telemetry_session()
    resp = session.post(
        f"{settings.KILN_VENDOR_TELEMETRY_URL}/ingest",
        json=telemetry_batch(kiln, readings),
        timeout=15,
    )
    if resp.status_code >= 400:
        log.warning("telemetry rejected for %s: HTTP %s", kiln.serial, resp.status_code)
    resp.raise_for_status()
