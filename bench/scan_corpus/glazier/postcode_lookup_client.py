"""Address lookup used when booking a site survey.

The booking form asks for a postcode and offers the matching addresses
from the address-lookup provider, then estimates travel time for the
surveyor from the nearest branch.
"""
import asyncio
import os
from dataclasses import dataclass

import httpx

LOOKUP_BASE = "https://api.ideal-postcodes.co.uk/v1"


@dataclass
class Address:
    line_1: str
    line_2: str
    town: str
    postcode: str


class AddressLookup:
    def __init__(self, api_key: str | None = None, timeout: float = 8.0):
        self._api_key = api_key or os.environ["IDEAL_POSTCODES_API_KEY"]
        self._timeout = timeout

    async def find(self, postcode: str) -> list[Address]:
        pc = postcode.replace(" ", "").upper()
        async with httpx.AsyncClient(base_url=LOOKUP_BASE, timeout=self._timeout) as client:
            resp = await client.get(
                f"/postcodes/{pc}",
                headers={"Authorization": f'IDEALPOSTCODES api_key="{self._api_key}"'},
            )
        if resp.status_code == 404:
            return []
        resp.raise_for_status()
        data = resp.json()
        return [
            Address(
                a.get("line_1", ""),
                a.get("line_2", ""),
                a.get("post_town", ""),
                a.get("postcode", pc),
            )
            for a in data.get("result", [])
        ]


async def lookup_many(postcodes: list[str]) -> dict[str, list[Address]]:
    lookup = AddressLookup()
    results = await asyncio.gather(*(lookup.find(pc) for pc in postcodes), return_exceptions=True)
    return {
        pc: ([] if isinstance(res, Exception) else res)
        for pc, res in zip(postcodes, results)
    }


if __name__ == "__main__":
    import sys

    for pc, addresses in asyncio.run(lookup_many(sys.argv[1:])).items():
        print(pc)
        for a in addresses:
            print("   ", a.line_1, a.town)
