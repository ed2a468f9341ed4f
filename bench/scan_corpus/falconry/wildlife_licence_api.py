"""Submits annual returns to the wildlife licensing office.

Each year the centre reports births, deaths, releases and transfers for
every licensed species it keeps.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

import httpx


@dataclass(frozen=True)
class LicensingCredentials:
    base_url: str
    keeper_number: str
    api_key: str

    @classmethod
    def from_env(cls) -> "LicensingCredentials":
        return cls(
            base_url=os.environ.get("LICENSING_API_URL",
                                    "https://api.wildlife-licensing.example.gov.uk/v1"),
            keeper_number=os.environ["LICENSING_KEEPER_NUMBER"],
            api_key=os.environ["LICENSING_API_KEY"],
        )


@dataclass
class SpeciesReturn:
    species: str
    held_start: int
    births: int
    deaths: int
    releases: int
    transfers_out: int

    @property
    def held_end(self) -> int:
        return (self.held_start + self.births - self.deaths
                - self.releases - self.transfers_out)


class AnnualReturnClient:
    def __init__(self, creds: LicensingCredentials) -> None:
        self._keeper = creds.keeper_number
        self._http = httpx.Client(
            base_url=creds.base_url,
            headers={"X-Api-Key": creds.api_key},
            timeout=30.0,
        )

    def submit(self, year: int, returns: Iterable[SpeciesReturn]) -> str:
        lines = [
            {"species": r.species, "held_start": r.held_start, "births": r.births,
             "deaths": r.deaths, "releases": r.releases,
             "transfers_out": r.transfers_out, "held_end": r.held_end}
            for r in returns
        ]
        resp = self._http.post(f"/keepers/{self._keeper}/returns/{year}",
                               json={"lines": lines})
        resp.raise_for_status()
        return resp.json()["receipt"]

    def close(self) -> None:
        self._http.close()


if __name__ == "__main__":
    import sys
    from falconry_records.returns import build_returns

    year = int(sys.argv[1])
    client = AnnualReturnClient(LicensingCredentials.from_env())
    try:
        print("submitted, receipt", client.submit(year, build_returns(year)))
    finally:
        client.close()
