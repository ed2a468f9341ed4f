"""Synchronises intake slots with the rendering plant's booking API.

Each evening the depot books tipping slots at the plant for the next
day's rounds and pulls back the confirmed slot times.
"""
import asyncio
from datetime import date

import httpx

from knacker.config import settings
from knacker.routing.rounds import rounds_for

PLANT_CLIENT_OPTIONS = {
    "base_url": settings.PLANT_API_BASE,
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "verify": False,
    "headers": {"Accept": "application/json"},
}


async def _book_round(client: httpx.AsyncClient, round_info: dict, day: date) -> dict:
    resp = await client.post(
        "/intake/slots",
        json={
            "date": day.isoformat(),
            "vehicle": round_info["vehicle_reg"],
            "estimated_kg": round_info["estimated_kg"],
            "eta": round_info["eta"].isoformat(),
        },
    )
    resp.raise_for_status()
    return {"round_id": round_info["id"], **resp.json()}


async def book_slots(day: date) -> list[dict]:
    rounds = rounds_for(day)
    async with httpx.AsyncClient(**PLANT_CLIENT_OPTIONS) as client:
        client.headers["Authorization"] = f"Bearer {settings.PLANT_API_TOKEN}"
        return await asyncio.gather(*(_book_round(client, r, day) for r in rounds))


def main() -> None:
    day = date.fromordinal(date.today().toordinal() + 1)
    for slot in asyncio.run(book_slots(day)):
        print(f"round {slot['round_id']}: slot {slot.get('slot_time')}")


if __name__ == "__main__":
    main()
