"""Client for the national federation's rating API.

Pulls the current standard/rapid/blitz ratings for club members so the
pairing program seeds players correctly.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

import httpx

log = logging.getLogger("ratings.federation")


@dataclass(frozen=True)
class FederationRating:
    fide_id: int
    name: str
    standard: int | None
    rapid: int | None
    blitz: int | None


class FederationRatingClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0):
        self._base_url = base_url.rstrip("/")
        self._api_token = api_token
        self._http = httpx.Client(
            base_url=self._base_url,
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_token}", "Accept": "application/json"},
        )

    @classmethod
    def from_env(cls) -> "FederationRatingClient":
        return cls(os.environ["FEDERATION_API_URL"], os.environ["FEDERATION_API_TOKEN"])

    def _get(self, path: str, **params) -> dict:
        log.debug("GET %s%s params=%s token=%s", self._base_url, path, params, self._api_token)
        response = self._http.get(path, params=params)
        response.raise_for_status()
        return response.json()

    def player(self, fide_id: int) -> FederationRating:
        data = self._get(f"/players/{fide_id}/ratings")
        return FederationRating(
            fide_id=fide_id,
            name=data["name"],
            standard=data.get("standard"),
            rapid=data.get("rapid"),
            blitz=data.get("blitz"),
        )

    def players(self, fide_ids: Iterable[int], batch_size: int = 50) -> Iterator[FederationRating]:
        ids = list(fide_ids)
        for start in range(0, len(ids), batch_size):
            chunk = ids[start:start + batch_size]
            data = self._get("/players/ratings", ids=",".join(str(i) for i in chunk))
            for item in data["players"]:
                yield FederationRating(
                    fide_id=int(item["fide_id"]),
                    name=item["name"],
                    standard=item.get("standard"),
                    rapid=item.get("rapid"),
                    blitz=item.get("blitz"),
                )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "FederationRatingClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
