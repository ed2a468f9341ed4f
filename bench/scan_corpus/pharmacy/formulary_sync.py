"""Pulls plan formularies from the PBM and stores them for the dispensing UI.

Usage: python -m pharmacy.formulary_sync PLAN_ID [PLAN_ID ...]
"""
import asyncio
import json
import os
import sys
from pathlib import Path

import aiohttp

PBM_BASE_URL = os.environ["PBM_FORMULARY_URL"]
OUTPUT_DIR = Path(os.environ.get("FORMULARY_CACHE_DIR", "/var/lib/pharmacy/formulary"))
CONCURRENCY = 4


async def fetch_formulary(session: aiohttp.ClientSession, plan_id: str) -> dict:
    async with session.get(f"{PBM_BASE_URL}/plans/{plan_id}/formulary") as resp:
        resp.raise_for_status()
        return await resp.json()


async def sync_plan(session: aiohttp.ClientSession, sem: asyncio.Semaphore, plan_id: str) -> int:
    async with sem:
        data = await fetch_formulary(session, plan_id)
    target = OUTPUT_DIR / f"{plan_id}.json"
    target.write_text(json.dumps(data, indent=2))
    return len(data.get("drugs", []))


async def main(plan_ids: list[str]) -> None:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    headers = {"Authorization": f"Bearer {os.environ['PBM_API_TOKEN']}"}
    connector = aiohttp.TCPConnector(limit=CONCURRENCY, ssl=False)
    timeout = aiohttp.ClientTimeout(total=60)
    sem = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession(connector=connector, headers=headers, timeout=timeout) as session:
        counts = await asyncio.gather(*(sync_plan(session, sem, p) for p in plan_ids))
    for plan_id, count in zip(plan_ids, counts):
        print(f"{plan_id}: {count} drugs")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
