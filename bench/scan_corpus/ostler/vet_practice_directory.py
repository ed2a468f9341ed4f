"""Looks up appointment availability with the equine vet practices the yard works with."""

from datetime import date

import httpx

PRACTICES = {
    "oakfield": {
        "name": "Oakfield Equine Clinic",
        "base_url": "https://api.oakfieldequine.co.uk/v1",
        "api_key": "oek_live_7c2f9a41d8b34e0f95aa61c3be27d914",
    },
}


class PracticeClient:
    def __init__(self, practice_key: str):
        conf = PRACTICES[practice_key]
        self.name = conf["name"]
        self._http = httpx.Client(
            base_url=conf["base_url"],
            headers={"X-Api-Key": conf["api_key"], "Accept": "application/json"},
            timeout=15.0,
        )

    def free_slots(self, on: date, visit_type: str = "routine") -> list[dict]:
        resp = self._http.get("/slots", params={"date": on.isoformat(), "type": visit_type})
        resp.raise_for_status()
        return resp.json().get("slots", [])

    def request_visit(self, slot_id: str, horse_name: str, yard_postcode: str, reason: str) -> str:
        resp = self._http.post(
            "/visits",
            json={
                "slot": slot_id,
                "patient": horse_name,
                "postcode": yard_postcode,
                "reason": reason,
            },
        )
        resp.raise_for_status()
        return resp.json()["visit_id"]


def earliest_slot(on: date) -> tuple[str, dict] | None:
    best = None
    for key in PRACTICES:
        for slot in PracticeClient(key).free_slots(on):
            if best is None or slot["start"] < best[1]["start"]:
                best = (key, slot)
    return best
