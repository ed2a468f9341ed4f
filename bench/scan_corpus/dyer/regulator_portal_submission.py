"""Submit monthly trade-effluent returns to the water authority's API.

The authority issues each consent holder an API token; the token is held
in the service environment and presented on every submission call.
"""
import os
from datetime import date

import requests

from dyer.effluent import monthly_summary
from dyer.settings import CONSENT_NUMBER

AUTHORITY_URL = os.environ.get("EFFLUENT_AUTHORITY_URL", "https://returns.water-authority.example/api/v1")


def _session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Token {os.environ['EFFLUENT_AUTHORITY_TOKEN']}",
            "Accept": "application/json",
            "User-Agent": "dyer-effluent-returns/2.3",
        }
    )
    return session


def build_return(month_start: date) -> dict:
    summary = monthly_summary(month_start)
    return {
        "consent_number": CONSENT_NUMBER,
        "period": month_start.strftime("%Y-%m"),
        "volume_m3": summary.volume_m3,
        "cod_mean_mg_l": summary.cod_mean,
        "ph_min": summary.ph_min,
        "ph_max": summary.ph_max,
        "colour_max_hazen": summary.colour_max,
        "exceedances": summary.exceedances,
    }


def submit_return(month_start: date) -> str:
    response = _session().post(f"{AUTHORITY_URL}/returns", json=build_return(month_start), timeout=60)
    response.raise_for_status()
    return response.json()["receipt"]
