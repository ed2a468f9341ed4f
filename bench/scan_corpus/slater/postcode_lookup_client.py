"""Address lookup when the office books a roof survey over the phone.

The caller gives a postcode and house number; we fetch the address list
from the postcode lookup provider and let the office pick the right one.
"""
import logging
import os
import re
from functools import lru_cache
from typing import List, Optional

import httpx

log = logging.getLogger("surveys.postcode")

LOOKUP_BASE = "https://api.ideal-postcodes.co.uk/v1"
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")


def _auth_header() -> dict:
    return {"Authorization": f'IDEALPOSTCODES api_key="{os.environ["IDEAL_POSTCODES_KEY"]}"'}


def normalise(postcode: str) -> Optional[str]:
    pc = postcode.strip().upper()
    if not POSTCODE_RE.match(pc):
        return None
    return pc.replace(" ", "")


@lru_cache(maxsize=512)
def addresses_for(postcode: str) -> List[str]:
    pc = normalise(postcode)
    if pc is None:
        raise ValueError(f"not a UK postcode: {postcode!r}")
    with httpx.Client(base_url=LOOKUP_BASE, timeout=8.0) as client:
        resp = client.get(f"/postcodes/{pc}", headers=_auth_header())
    if resp.status_code == 404:
        log.info("no addresses for %s", pc)
        return []
    resp.raise_for_status()
    return [
        ", ".join(addr[k] for k in ("line_1", "line_2", "line_3", "post_town") if addr.get(k))
        for addr in resp.json()["result"]
    ]


def match_house(postcode: str, house: str) -> List[str]:
    wanted = house.strip().lower()
    return [a for a in addresses_for(postcode) if a.lower().startswith(wanted)]
