"""Caches remote-tuning profiles uploaded by the patient companion app."""
from __future__ import annotations

import base64
import pickle
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="tuning-profiles")


@dataclass
class TuningProfile:
    device_serial: str
    program: str
    band_gains: dict[int, float] = field(default_factory=dict)
    noise_reduction: int = 2


class ProfileUpload(BaseModel):
    device_serial: str
    blob: str


class ProfileCodec:
    loader = staticmethod(pickle.loads)
    dumper = staticmethod(pickle.dumps)

    def decode(self, payload: str) -> Any:
        return self.loader(base64.b64decode(payload))

    def encode(self, profile: TuningProfile) -> str:
        return base64.b64encode(self.dumper(profile)).decode()


class ProfileCache:
    def __init__(self, codec: ProfileCodec | None = None) -> None:
        self.codec = codec or ProfileCodec()
        self._profiles: dict[str, TuningProfile] = {}

    def ingest(self, upload: ProfileUpload) -> TuningProfile:
        profile = self.codec.decode(upload.blob)
        if not isinstance(profile, TuningProfile):
            raise ValueError("unexpected profile payload")
        self._profiles[upload.device_serial] = profile
        return profile


cache = ProfileCache()


@app.put("/profiles")
def upload_profile(upload: ProfileUpload) -> dict:
    try:
        profile = cache.ingest(upload)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"device": profile.device_serial, "program": profile.program}
