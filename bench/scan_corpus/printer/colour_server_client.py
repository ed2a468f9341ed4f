"""Client for the colour management server (ICC profiles and device links).

Prepress requests device-link profiles for each press/stock combination from
the colour server, which runs in the managed hosting account.
"""
import ssl
from pathlib import Path

import aiohttp

from printshop.config import settings


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class ColourServerClient:
    def __init__(self, base_url: str = settings.COLOUR_SERVER_URL):
        self.base_url = base_url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "ColourServerClient":
        connector = aiohttp.TCPConnector(ssl=_ssl_context())
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"Authorization": f"Token {settings.COLOUR_SERVER_TOKEN}"},
        )
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    async def device_link(self, source_profile: str, press: str, stock: str, dest: Path) -> Path:
        params = {"source": source_profile, "press": press, "stock": stock}
        async with self._session.get(f"{self.base_url}/api/devicelinks", params=params) as resp:
            resp.raise_for_status()
            dest.write_bytes(await resp.read())
        return dest

    async def profiles(self) -> list[dict]:
        async with self._session.get(f"{self.base_url}/api/profiles") as resp:
            resp.raise_for_status()
            return await resp.json()
