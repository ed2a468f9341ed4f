"""Monthly discharge return to the water authority.

The tannery's trade effluent consent requires a monthly return of flow, pH,
total chromium, sulphide and COD at the final sampling chamber. The return is
submitted through the authority's permit API.
"""
import os
from dataclasses import dataclass
from datetime import date

import requests

from tanyard.effluent.register import monthly_summary


@dataclass
class PermitApiSettings:
    base_url: str
    permit_no: str
    api_key: str

    @classmethod
    def from_env(cls) -> "PermitApiSettings":
        return cls(
            base_url=os.environ.get("PERMIT_API_URL", "https://permits.waterauthority.gov.uk/api/v2"),
            permit_no=os.environ["TRADE_EFFLUENT_PERMIT_NO"],
            api_key=os.environ["PERMIT_API_KEY"],
        )


def build_return(permit_no: str, month: date) -> dict:
    summary = monthly_summary(month)
    return {
        "permit": permit_no,
        "period": month.strftime("%Y-%m"),
        "sampling_point": "FSC-1",
        "flow_m3": summary.flow_m3,
        "ph_min": summary.ph_min,
        "ph_max": summary.ph_max,
        "cr_total_mg_l": summary.cr_total_mean,
        "sulphide_mg_l": summary.sulphide_mean,
        "cod_mg_l": summary.cod_mean,
    }


def submit_return(month: date, settings: PermitApiSettings | None = None) -> str:
    settings = settings or PermitApiSettings.from_env()
    payload = build_return(settings.permit_no, month)
    resp = requests.post(
        f"{settings.base_url}/permits/{settings.permit_no}/returns",
        json=payload,
        headers={"Authorization": f"ApiKey {settings.api_key}"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["receipt_no"]
