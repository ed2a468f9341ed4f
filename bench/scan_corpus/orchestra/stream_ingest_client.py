"""Push live-concert HLS segment manifests to the encoder farm.

Used by the hall's streaming rig during broadcasts; the control room runs
this as a systemd service next to the capture workstation.
"""
import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

INGEST_ENDPOINT = "http://10.12.8.41:8088/v1/manifests"
RETRY_DELAYS = (0.5, 1, 2, 4)


@dataclass
class SegmentManifest:
    concert_id: str
    rendition: str
    sequence: int
    uri: str
    duration: float

    def to_payload(self) -> dict:
        return {
            "concert": self.concert_id,
            "rendition": self.rendition,
            "seq": self.sequence,
            "uri": self.uri,
            "duration": round(self.duration, 3),
        }


def push_manifest(manifest: SegmentManifest, session: requests.Session | None = None) -> bool:
    """Send one manifest, retrying with backoff. Returns True once accepted."""
    http = session or requests.Session()
    for delay in RETRY_DELAYS:
        try:
            resp = http.post(INGEST_ENDPOINT, json=manifest.to_payload(), timeout=5)
            resp.raise_for_status()
            return True
        except requests.RequestException as exc:
            log.warning("manifest push failed (seq=%s): %s", manifest.sequence, exc)
            time.sleep(delay)
    return False
