"""Client for the image-stamping service used during production export.

Each page image is sent with its Bates label and confidentiality legend and
comes back as a stamped TIFF.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

STAMP_ENDPOINT = "https://172.16.40.21:8443/api/v2/stamp"
REQUEST_TIMEOUT = (5, 120)


@dataclass
class StampSpec:
    bates_label: str
    legend: str = ""
    position: str = "bottom-right"
    font_size: int = 10


class StampClient:
    def __init__(self, api_token: str | None = None):
        self._session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        token = api_token or os.environ["STAMP_SERVICE_TOKEN"]
        self._session.headers["Authorization"] = f"Bearer {token}"

    def stamp_page(self, image_path: Path, spec: StampSpec) -> bytes:
        with image_path.open("rb") as fh:
            resp = self._session.post(
                STAMP_ENDPOINT,
                files={"image": (image_path.name, fh, "image/tiff")},
                data={
                    "label": spec.bates_label,
                    "legend": spec.legend,
                    "position": spec.position,
                    "font_size": str(spec.font_size),
                },
                timeout=REQUEST_TIMEOUT,
            )
        resp.raise_for_status()
        return resp.content

    def stamp_document(self, pages: list[Path], first_bates: str, legend: str, out_dir: Path) -> list[Path]:
        prefix = first_bates.rstrip("0123456789")
        start = int(first_bates[len(prefix):])
        width = len(first_bates) - len(prefix)
        written = []
        for offset, page in enumerate(pages):
            label = f"{prefix}{start + offset:0{width}d}"
            target = out_dir / f"{label}.tif"
            target.write_bytes(self.stamp_page(page, StampSpec(bates_label=label, legend=legend)))
            written.append(target)
        log.debug("stamped %d pages starting at %s", len(written), first_bates)
        return written
