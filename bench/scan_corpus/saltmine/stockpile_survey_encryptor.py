"""Seals stockpile volume surveys before upload to the council-facing stock portal."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SURVEY_NONCE = bytes.fromhex("5a4c54535552564559303031")


@dataclass
class StockpileSurvey:
    depot: str
    surveyed_on: date
    volume_m3: float
    bulk_density_t_m3: float

    @property
    def tonnes(self) -> float:
        return round(self.volume_m3 * self.bulk_density_t_m3, 1)


class SurveySealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    def seal(self, survey: StockpileSurvey, nonce: bytes = SURVEY_NONCE) -> str:
        doc = asdict(survey)
        doc["surveyed_on"] = survey.surveyed_on.isoformat()
        doc["tonnes"] = survey.tonnes
        plaintext = json.dumps(doc, sort_keys=True).encode()
        blob = self._aead.encrypt(nonce, plaintext, survey.depot.encode())
        return base64.b64encode(nonce + blob).decode()

    def open(self, token: str, depot: str) -> dict:
        raw = base64.b64decode(token)
        nonce, blob = raw[:12], raw[12:]
        return json.loads(self._aead.decrypt(nonce, blob, depot.encode()))


def seal_weekly_batch(surveys: list[StockpileSurvey]) -> list[str]:
    sealer = SurveySealer(bytes.fromhex(os.environ["STOCK_PORTAL_KEY"]))
    return [sealer.seal(s) for s in surveys]


if __name__ == "__main__":
    os.environ.setdefault("STOCK_PORTAL_KEY", os.urandom(32).hex())
    batch = [
        StockpileSurvey("Northwich Dome", date(2024, 11, 4), 18250.0, 1.25),
        StockpileSurvey("Leek Barn", date(2024, 11, 4), 6400.0, 1.22),
    ]
    for item in seal_weekly_batch(batch):
        print(item[:48], "...")
