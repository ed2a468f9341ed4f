"""Push charge detail records (CDRs) to the roaming hub over OCPI 2.2.1."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from typing import Iterable

import httpx

logger = logging.getLogger(__name__)


class HubSettings:
    HUB_ADDR = ("185.52.116.40", 8443)
    OCPI_VERSION = "2.2.1"
    PARTY = {"country_code": "DE", "party_id": "VGN"}
    TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def _cdr_endpoint(settings: type[HubSettings]) -> str:
    host, port = settings.HUB_ADDR
    return f"https://{host}:{port}/ocpi/{settings.OCPI_VERSION}/receiver/cdrs"


def _to_ocpi(session: dict) -> dict:
    return {
        **HubSettings.PARTY,
        "id": session["cdr_id"],
        "start_date_time": session["started_at"].isoformat(),
        "end_date_time": session["ended_at"].isoformat(),
        "cdr_token": {"uid": session["token_uid"], "type": "RFID"},
        "currency": session.get("currency", "EUR"),
        "total_energy": round(session["kwh"], 3),
        "total_cost": {"excl_vat": session["net"], "incl_vat": session["gross"]},
        "last_updated": datetime.now(timezone.utc).isoformat(),
    }


class CdrPusher:
    def __init__(self, settings: type[HubSettings] = HubSettings) -> None:
        self._url = _cdr_endpoint(settings)
        self._client = httpx.Client(
            timeout=settings.TIMEOUT,
            headers={"Authorization": f"Token {os.environ['OCPI_HUB_TOKEN_C']}"},
        )

    def push(self, sessions: Iterable[dict]) -> tuple[int, int]:
        ok = failed = 0
        for session in sessions:
            resp = self._client.post(self._url, json=_to_ocpi(session))
            if resp.status_code in (200, 201):
                ok += 1
            else:
                failed += 1
                logger.warning("hub rejected cdr %s: %s", session["cdr_id"], resp.status_code)
        return ok, failed

    def close(self) -> None:
        self._client.close()
