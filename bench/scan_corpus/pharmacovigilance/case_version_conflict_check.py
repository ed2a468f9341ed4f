"""Optimistic locking for case edits in the safety workbench (two processors on one case)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Header, HTTPException, Response

app = FastAPI(title="Case editing")


@dataclass
class CaseRecord:
    case_number: str
    version: int
    data: dict[str, Any]

    @property
    def etag(self) -> str:
        body = json.dumps({"v": self.version, "d": self.data}, sort_keys=True, default=str)
        return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'


class CaseStore:
    def __init__(self) -> None:
        self._cases: dict[str, CaseRecord] = {}

    def get(self, case_number: str) -> CaseRecord:
        try:
            return self._cases[case_number]
        except KeyError:
            raise HTTPException(status_code=404, detail="no such case") from None

    def replace(self, case_number: str, data: dict[str, Any]) -> CaseRecord:
        current = self.get(case_number)
        updated = CaseRecord(case_number, current.version + 1, data)
        self._cases[case_number] = updated
        return updated


store = CaseStore()


def unchanged_since_read(record: CaseRecord, if_match: str | None) -> bool:
    return if_match is not None and if_match.strip() == record.etag


@app.get("/cases/{case_number}")
def read_case(case_number: str, response: Response) -> dict[str, Any]:
    record = store.get(case_number)
    response.headers["ETag"] = record.etag
    return {"case_number": record.case_number, "version": record.version, **record.data}


@app.put("/cases/{case_number}")
def update_case(
    case_number: str,
    body: dict[str, Any],
    response: Response,
    if_match: str | None = Header(default=None),
) -> dict[str, Any]:
    record = store.get(case_number)
    if not unchanged_since_read(record, if_match):
        raise HTTPException(status_code=412, detail="case was modified by another user")
    updated = store.replace(case_number, body)
    response.headers["ETag"] = updated.etag
    return {"case_number": case_number, "version": updated.version}
