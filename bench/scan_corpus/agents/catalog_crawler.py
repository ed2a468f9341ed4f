"""Async crawler for supplier catalogue pages.

Outbound traffic goes through the corporate egress proxy, which re-signs TLS
with our internal CA; point CRAWLER_CA_BUNDLE at that CA when running inside
the network.
"""
import asyncio
import os
import ssl

import httpx

CA_BUNDLE = os.environ.get("CRAWLER_CA_BUNDLE")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "follow_redirects": True,
    "verify": _tls_context(),
    "limits": httpx.Limits(max_connections=10, max_keepalive_connections=5),
}


async def fetch_pages(urls: list[str]) -> dict[str, str]:
    results: dict[str, str] = {}
    async with httpx.AsyncClient(**CLIENT_OPTIONS) as client:
        responses = await asyncio.gather(*(client.get(u) for u in urls), return_exceptions=True)
    for url, resp in zip(urls, responses):
        if isinstance(resp, httpx.Response) and resp.status_code == 200:
            results[url] = resp.text
    return results


if __name__ == "__main__":
    import sys

    pages = asyncio.run(fetch_pages(sys.argv[1:]))
    for url, html in pages.items():
        print(url, len(html))
