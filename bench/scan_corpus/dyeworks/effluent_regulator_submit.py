"""Submit monthly effluent returns to the environment regulator's portal.

The regulator issues each permitted site an API key for electronic returns.
The key is held in the service environment and sent only with requests to
the regulator's returns API.
"""
import logging
import os
from dataclasses import asdict, dataclass, field
from typing import List

import requests

log = logging.getLogger("effluent.returns")

REGULATOR_API = os.environ.get("REGULATOR_RETURNS_URL", "https://returns.environment-regulator.example/api/v1")


@dataclass
class ReturnLine:
    parameter: str
    unit: str
    mean: float
    maximum: float
    samples: int


@dataclass
class MonthlyReturn:
    permit_no: str
    period: str
    site_name: str
    lines: List[ReturnLine] = field(default_factory=list)


def _session() -> requests.Session:
    s = requests.Session()
    s.headers.update({
        "X-Permit-Api-Key": os.environ["REGULATOR_API_KEY"],
        "Content-Type": "application/json",
    })
    return s


def submit(ret: MonthlyReturn) -> str:
    with _session() as s:
        resp = s.post(f"{REGULATOR_API}/permits/{ret.permit_no}/returns", json=asdict(ret), timeout=60)
    if resp.status_code == 422:
        log.error("regulator rejected return %s/%s: %s", ret.permit_no, ret.period, resp.json().get("errors"))
        resp.raise_for_status()
    resp.raise_for_status()
    receipt = resp.json()["receipt_no"]
    log.info("effluent return %s for %s accepted, receipt %s", ret.period, ret.permit_no, receipt)
    return receipt


def build_return(permit_no: str, period: str, site: str, stats: dict) -> MonthlyReturn:
    lines = [
        ReturnLine(parameter=p, unit=s["unit"], mean=s["mean"], maximum=s["max"], samples=s["n"])
        for p, s in sorted(stats.items())
    ]
    return MonthlyReturn(permit_no=permit_no, period=period, site_name=site, lines=lines)
