"""Submit newly recorded peals to the national peal board.

When the records secretary approves a peal, it is submitted to the peal
board using the association's submission account.
"""
import os

import httpx

from bellringer.models import PealRecord

BOARD_API = os.environ.get("BELLBOARD_API_URL", "https://bb.ringingworld.example/api/v1")


class BoardSubmissionError(RuntimeError):
    pass


def _auth_headers() -> dict[str, str]:
    token = os.environ["BELLBOARD_SUBMIT_TOKEN"]
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


def _performance_document(peal: PealRecord) -> dict:
    return {
        "place": {"dove_id": peal.tower_code},
        "date": peal.rung_on.isoformat(),
        "changes": peal.changes,
        "title": peal.method_title,
        "ringers": [
            {"bell": r.bell, "name": r.name, "conductor": r.is_conductor}
            for r in sorted(peal.ringers, key=lambda r: r.bell)
        ],
        "footnotes": [peal.footnote] if peal.footnote else [],
    }


async def submit_peal(peal: PealRecord) -> str:
    async with httpx.AsyncClient(base_url=BOARD_API, timeout=20.0) as client:
        resp = await client.post(
            "/performances",
            json=_performance_document(peal),
            headers=_auth_headers(),
        )
    if resp.status_code == 409:
        return resp.json()["existing_id"]
    if resp.status_code >= 400:
        raise BoardSubmissionError(f"board rejected peal {peal.id}: {resp.status_code}")
    return resp.json()["id"]
