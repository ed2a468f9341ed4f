"""Syncs longarm quilting machine bookings with the studio's calendar.

The guild rents time on a longarm machine at a partner studio. Member
bookings made on the marketplace are pushed to the studio's booking API
and the studio's own bookings are pulled back to show availability.
"""
import ssl
from datetime import date

import aiohttp

from quilter.config import settings
from quilter.longarm.models import Booking


def _studio_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class StudioCalendar:
    def __init__(
        self,
        base_url: str = settings.LONGARM_STUDIO_API,
        token: str = settings.LONGARM_STUDIO_TOKEN,
    ):
        self.base_url = base_url.rstrip("/")
        self._headers = {"Authorization": f"Token {token}"}
        self._connector = aiohttp.TCPConnector(ssl=_studio_ssl_context(), limit=4)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "StudioCalendar":
        self._session = aiohttp.ClientSession(
            connector=self._connector,
            headers=self._headers,
            timeout=aiohttp.ClientTimeout(total=30),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    async def busy_slots(self, day: date) -> list[dict]:
        async with self._session.get(f"{self.base_url}/slots", params={"date": day.isoformat()}) as resp:
            resp.raise_for_status()
            return (await resp.json())["busy"]

    async def push_booking(self, booking: Booking) -> str:
        payload = {
            "start": booking.starts_at.isoformat(),
            "end": booking.ends_at.isoformat(),
            "machine": booking.machine_code,
            "reference": f"guild-{booking.id}",
        }
        async with self._session.post(f"{self.base_url}/bookings", json=payload) as resp:
            resp.raise_for_status()
            return (await resp.json())["id"]


async def sync_day(day: date, pending: list[Booking]) -> list[dict]:
    async with StudioCalendar() as calendar:
        for booking in pending:
            booking.studio_ref = await calendar.push_booking(booking)
        return await calendar.busy_slots(day)
