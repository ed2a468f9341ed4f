"""TLS context for the lock-scheduling gateway used to request passage slots."""

import ssl

import aiohttp

GATEWAY_TLS_FLOOR = ssl.TLSVersion.TLSv1_2


def gateway_ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = GATEWAY_TLS_FLOOR
    return ctx


async def request_lock_slot(base_url: str, token: str, lock_id: str, eta_iso: str, ca_file=None) -> dict:
    connector = aiohttp.TCPConnector(ssl=gateway_ssl_context(ca_file))
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        async with session.post(
            f"{base_url.rstrip('/')}/locks/{lock_id}/slots",
            json={"eta": eta_iso},
            headers={"Authorization": f"Bearer {token}"},
        ) as resp:
            resp.raise_for_status()
            return await resp.json()
