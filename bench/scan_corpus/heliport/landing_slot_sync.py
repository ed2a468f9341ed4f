"""Synchronise landing-slot bookings with the partner airfield's slot coordinator."""
from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Any

import httpx

log = logging.getLogger("slots.sync")

COORDINATOR_NODES = {
    "primary": ("10.40.2.17", 8443),
    "standby": ("10.40.2.18", 8443),
}


def _coordinator_base(role: str = "primary") -> str:
    host, port = COORDINATOR_NODES[role]
    return f"https://{host}:{port}/api/v2"


class SlotCoordinatorClient:
    """Thin async wrapper over the coordinator's booking API."""

    def __init__(self, operator_code: str, role: str = "primary", timeout: float = 10.0) -> None:
        self._client = httpx.AsyncClient(
            base_url=_coordinator_base(role),
            timeout=timeout,
            headers={"X-Operator-Code": operator_code},
        )

    async def list_slots(self, day: date) -> list[dict[str, Any]]:
        resp = await self._client.get("/slots", params={"date": day.isoformat()})
        resp.raise_for_status()
        return resp.json()["slots"]

    async def push_booking(self, booking: dict[str, Any]) -> dict[str, Any]:
        resp = await self._client.post("/bookings", json=booking)
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._client.aclose()


async def reconcile(local_bookings: list[dict[str, Any]], day: date, operator_code: str = "HLX") -> int:
    client = SlotCoordinatorClient(operator_code)
    pushed = 0
    try:
        remote = {s["slot_id"] for s in await client.list_slots(day) if s.get("operator")}
        for booking in local_bookings:
            if booking["slot_id"] in remote:
                continue
            await client.push_booking(booking)
            pushed += 1
            log.info("pushed slot %s for %s", booking["slot_id"], booking["registration"])
    finally:
        await client.aclose()
    return pushed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sample = [{"slot_id": "LW-0930", "registration": "G-HLCX", "pad": "2"}]
    print(asyncio.run(reconcile(sample, date.today())))
