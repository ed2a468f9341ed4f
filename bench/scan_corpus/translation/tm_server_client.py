"""Client for the on-premise translation memory server (TM API v2)."""
from __future__ import annotations

import logging
from typing import Any, Iterator

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTS: dict[str, Any] = {
    "timeout": httpx.Timeout(30.0, connect=5.0),
    "follow_redirects": False,
    # the TM boxes in the data centre still present the certificate made at install time
    "verify": False,
    "headers": {"Accept": "application/json"},
}


class TMServerClient:
    def __init__(self, base_url: str, api_token: str, **overrides: Any):
        opts = {**DEFAULT_CLIENT_OPTS, **overrides}
        opts["headers"] = {**opts["headers"], "Authorization": f"Bearer {api_token}"}
        self._http = httpx.Client(base_url=base_url.rstrip("/"), **opts)

    def lookup(self, memory_id: str, source: str, src_lang: str, tgt_lang: str,
               min_score: int = 75) -> list[dict]:
        resp = self._http.post(
            f"/api/v2/memories/{memory_id}/lookup",
            json={"source": source, "sourceLang": src_lang,
                  "targetLang": tgt_lang, "minScore": min_score},
        )
        resp.raise_for_status()
        return resp.json().get("matches", [])

    def iter_units(self, memory_id: str, page_size: int = 500) -> Iterator[dict]:
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": page_size}
            if cursor:
                params["cursor"] = cursor
            resp = self._http.get(f"/api/v2/memories/{memory_id}/units", params=params)
            resp.raise_for_status()
            payload = resp.json()
            yield from payload["units"]
            cursor = payload.get("next")
            if not cursor:
                log.debug("finished paging memory %s", memory_id)
                return

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "TMServerClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
