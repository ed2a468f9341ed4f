"""API-key authentication for the weighbridge and gate terminals posting to the logistics API."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-Terminal-Key", auto_error=False)


@dataclass(frozen=True)
class Terminal:
    terminal_id: str
    location: str
    env_var: str

    @property
    def expected_key(self) -> bytes:
        return os.environ[self.env_var].encode("utf-8")


class TerminalDirectory:
    """Known terminals; their keys are provisioned through the secret manager into env vars."""

    def __init__(self, terminals: list[Terminal]) -> None:
        self._terminals = {t.terminal_id: t for t in terminals}

    def match(self, terminal_id: str, presented: str) -> Optional[Terminal]:
        terminal = self._terminals.get(terminal_id)
        if terminal is None:
            return None
        if secrets.compare_digest(presented.encode("utf-8"), terminal.expected_key):
            return terminal
        return None


directory = TerminalDirectory(
    [
        Terminal("gate-north", "north gate barrier", "TERMINAL_KEY_GATE_NORTH"),
        Terminal("weighbridge-1", "inbound weighbridge", "TERMINAL_KEY_WB1"),
        Terminal("weighbridge-2", "outbound weighbridge", "TERMINAL_KEY_WB2"),
    ]
)


def current_terminal(terminal_id: str, key: Optional[str] = Security(api_key_header)) -> Terminal:
    terminal = directory.match(terminal_id, key or "")
    if terminal is None:
        raise HTTPException(status_code=401, detail="terminal not recognised")
    return terminal


app = FastAPI(title="logistics-terminals")


@app.post("/terminals/{terminal_id}/weights")
def post_weight(terminal_id: str, trailer_reg: str, gross_kg: float,
                terminal: Terminal = Depends(current_terminal)) -> dict:
    return {"terminal": terminal.terminal_id, "trailer_reg": trailer_reg, "gross_kg": gross_kg}
